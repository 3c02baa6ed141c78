import { pg, SqliteDatabase } from './drivers.ts';

/**
 * The yardstick of the storage comparisons: the least a durable write can cost on a database,
 * one transaction that inserts one row and updates one row, nothing else, one after the other.
 */
export type PlainLoop = {
  /** One transaction: INSERT one event row, UPDATE one request row, COMMIT. */
  step(i: number): unknown;
  close(): Promise<void>;
};

export const PLAIN_STEP =
  'plain step = one transaction: INSERT one ~200-byte row + UPDATE one ~200-byte row, COMMIT';

const REQUESTS = 100;
const PAYLOAD = JSON.stringify({ note: 'x'.repeat(180) });

const SCHEMA = [
  'create table plain_requests ' +
    '(id text primary key, version integer not null, state text not null)',
  'create table plain_events ' +
    '(request_id text not null, seq integer not null, data text not null, ' +
    'primary key (request_id, seq))',
];

/** A plain loop on its own SQLite file: WAL, synchronous FULL, `BEGIN IMMEDIATE` per step. */
export function openPlainSqlite(file: string): PlainLoop {
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  for (const statement of SCHEMA) db.exec(statement);
  const seed = db.prepare('insert into plain_requests (id, version, state) values (?, 0, ?)');
  for (let r = 0; r < REQUESTS; r += 1) seed.run(`req-${r}`, PAYLOAD);
  const insert = db.prepare('insert into plain_events (request_id, seq, data) values (?, ?, ?)');
  const update = db.prepare(
    'update plain_requests set version = version + 1, state = ? where id = ?',
  );
  const transaction = db.transaction((i: number) => {
    insert.run(`req-${i % REQUESTS}`, i, PAYLOAD);
    update.run(PAYLOAD, `req-${i % REQUESTS}`);
  });

  return {
    step: (i) => transaction.immediate(i),
    close: async () => db.close(),
  };
}

/** A plain loop on one `pg` client: BEGIN, INSERT, UPDATE, COMMIT per step. */
export async function openPlainPostgres(url: string): Promise<PlainLoop> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const statement of SCHEMA) await client.query(statement);
  for (let r = 0; r < REQUESTS; r += 1)
    await client.query('insert into plain_requests (id, version, state) values ($1, 0, $2)', [
      `req-${r}`,
      PAYLOAD,
    ]);

  return {
    step: async (i) => {
      await client.query('begin');
      await client.query('insert into plain_events (request_id, seq, data) values ($1, $2, $3)', [
        `req-${i % REQUESTS}`,
        i,
        PAYLOAD,
      ]);
      await client.query(
        'update plain_requests set version = version + 1, state = $1 where id = $2',
        [PAYLOAD, `req-${i % REQUESTS}`],
      );
      await client.query('commit');
    },
    close: () => client.end(),
  };
}
