import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { BatonError } from '@baton/schemas';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCommand } from './command-writes.ts';
import { insertInstance, nextRow, updateInstance } from './projections.ts';
import { retryOnConflict, StaleWriteError, writeTransaction } from './transaction.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import type { InstanceState } from '../core/types.ts';
import { managerOnly, publishTestFlow, seedTestOrg } from './testing.ts';

const sqliteOnly = testDatabases().filter((factory) => factory.name === 'sqlite');

type Writer = { ready: Promise<void>; done: Promise<string>; go(): void };

/** Starts concurrent-writer.script.ts in a child process; it writes once `go()` is called. */
function startWriter(file: string, count: number): Writer {
  const script = fileURLToPath(new URL('./concurrent-writer.script.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, file, String(count)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let signalReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (signalReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith('ready')) signalReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const done = new Promise<string>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(out))));
  });

  return { ready, done, go: () => child.stdin.write('go\n') };
}

describe.each(sqliteOnly)('write transactions on $name', (factory) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await factory.open();
    await sql`create table counter (id integer primary key, n integer not null)`.execute(
      database.db,
    );
    await sql`insert into counter (id, n) values (1, 0)`.execute(database.db);
  });
  afterAll(() => database?.close());

  it('takes the write lock when the transaction begins, before any write', async () => {
    // given a transaction that has begun but not yet written
    const other = new SqliteDatabase(database.location, { timeout: 0 });
    let probe: unknown;

    // when another connection tries to start writing meanwhile
    await writeTransaction(database, async (trx) => {
      await sql`select n from counter`.execute(trx);
      try {
        other.exec('begin immediate');
        other.exec('rollback');
        probe = 'got the lock';
      } catch (error) {
        probe = error;
      }
    });
    other.close();

    // then it finds the database locked (a deferred BEGIN would have let it in)
    expect(probe).toMatchObject({ code: 'SQLITE_BUSY' });
  });

  it('lets two processes write read-then-write transactions without deadlock or lost updates', async () => {
    // given two processes, each about to add 1 to the counter 1000 times
    const writers = [startWriter(database.location, 1000), startWriter(database.location, 1000)];
    await Promise.all(writers.map((writer) => writer.ready));

    // when they start at the same moment
    for (const writer of writers) writer.go();
    const outputs = await Promise.all(writers.map((writer) => writer.done));

    // then both finished and no increment was lost
    const row = await sql<{ n: number }>`select n from counter where id = 1`.execute(database.db);
    expect(outputs.map((out) => out.trim().split('\n').at(-1)?.split(' ')[0])).toEqual([
      'done',
      'done',
    ]);
    expect(row.rows[0]?.n).toBe(2000);
  });

  it('rolls back everything a failed transaction wrote', async () => {
    const before = await sql<{ n: number }>`select n from counter where id = 1`.execute(
      database.db,
    );

    const failed = writeTransaction(database, async (trx) => {
      await sql`update counter set n = n + 1000 where id = 1`.execute(trx);
      throw new Error('boom');
    });

    await expect(failed).rejects.toThrow('boom');
    const after = await sql<{ n: number }>`select n from counter where id = 1`.execute(database.db);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});

describe.each(testDatabases())('version-checked writes on $name', (factory) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerOnly);
  });
  afterAll(() => database?.close());

  function state(id: string): InstanceState {
    const at = '2026-01-05T09:00:00.000Z';

    return {
      id,
      flowKey: 'manager-only',
      flowVersion: 1,
      initiatorId: 'chen.jie',
      status: 'running',
      values: {},
      round: 1,
      tokens: [],
      steps: [],
      tasks: [],
      trail: [],
      createdAt: at,
      updatedAt: at,
    };
  }

  it('refuses to write an instance over a version it did not read', async () => {
    // given an instance that moved on to version 2 after it was read at version 1
    const read = await writeTransaction(database, (trx) =>
      insertInstance(trx, { state: state('ins_stale'), title: 't' }),
    );
    await writeTransaction(database, (trx) =>
      updateInstance(trx, { state: state('ins_stale'), title: 't', previous: read }),
    );

    // when a command writes what it computed from version 1
    const stale = writeTransaction(database, (trx) =>
      updateInstance(trx, { state: state('ins_stale'), title: 'stale', previous: read }),
    );

    // then the write is refused and the row keeps the newer content
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    const row = await database.db
      .selectFrom('instances')
      .select(['version', 'title'])
      .where('id', '=', 'ins_stale')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, title: 't' });
  });

  it("writes none of a command's rows when its instance moved on, even outside a transaction", async () => {
    // given an instance read at version 1 that another command has since moved to version 2
    const read = await writeTransaction(database, (trx) =>
      insertInstance(trx, { state: state('ins_gated'), title: 't' }),
    );
    await writeTransaction(database, (trx) =>
      updateInstance(trx, { state: state('ins_gated'), title: 't', previous: read }),
    );

    // when a command computed from version 1 writes its instance, event, task, job and result
    const at = '2026-01-05T09:01:00.000Z';
    const stale = writeCommand(database.db, database.dialect, {
      instance: {
        update: nextRow({ state: state('ins_gated'), title: 'stale', previous: read }),
        from: 1,
      },
      events: [{ instance_id: 'ins_gated', seq: 1, type: 'x', actor_id: null, data: '{}', at }],
      tasks: [
        {
          id: 'task_gated',
          instance_id: 'ins_gated',
          step_id: 'step_gated',
          node_id: 'manager',
          assignee_id: 'wang.fang',
          status: 'open',
          created_at: at,
          decided_at: null,
          comment: null,
        },
      ],
      jobs: [],
      idempotency: { key: 'key_gated', actor_id: 'chen.jie', result: '{}', created_at: at },
    });

    // then it is refused and none of those rows exist
    await expect(stale).rejects.toBeInstanceOf(StaleWriteError);
    const count = async (table: 'events' | 'tasks' | 'idempotency_keys', column: string) => {
      const rows = await sql`select 1 from ${sql.table(table)} where ${sql.ref(column)} = ${
        table === 'idempotency_keys' ? 'key_gated' : 'ins_gated'
      }`.execute(database.db);

      return rows.rows.length;
    };
    expect(await count('events', 'instance_id')).toBe(0);
    expect(await count('tasks', 'instance_id')).toBe(0);
    expect(await count('idempotency_keys', 'key')).toBe(0);
  });

  it('refuses a second append of the same event seq', async () => {
    await writeTransaction(database, (trx) =>
      insertInstance(trx, { state: state('ins_seq'), title: 't' }),
    );
    const event = {
      instance_id: 'ins_seq',
      seq: 1,
      type: 'x',
      actor_id: null,
      data: '{}',
      at: 'now',
    };
    await database.db.insertInto('events').values(event).execute();

    await expect(database.db.insertInto('events').values(event).execute()).rejects.toThrow();
  });
});

describe('retrying a command on conflict', () => {
  it('runs the command again after a stale write and returns its result', async () => {
    let attempts = 0;

    const result = await retryOnConflict(
      async () => {
        attempts += 1;
        if (attempts < 3) throw new StaleWriteError('instance x');

        return 'done';
      },
      () => new Error('exhausted'),
    );

    expect({ result, attempts }).toEqual({ result: 'done', attempts: 3 });
  });

  it('refuses with the given error once the attempts run out', async () => {
    let attempts = 0;
    const retried: number[] = [];

    const outcome = retryOnConflict(
      async () => {
        attempts += 1;
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      },
      (cause) =>
        new BatonError({ code: 'storage.conflict', kind: 'conflict', message: 'x', cause }),
      { attempts: 4, baseDelayMs: 1, onRetry: ({ attempt }) => retried.push(attempt) },
    );

    await expect(outcome).rejects.toMatchObject({ code: 'storage.conflict' });
    expect({ attempts, retried }).toEqual({ attempts: 4, retried: [1, 2, 3] });
  });

  it('does not retry an error that is not a conflict', async () => {
    let attempts = 0;

    const outcome = retryOnConflict(
      async () => {
        attempts += 1;
        throw new Error('not a conflict');
      },
      () => new Error('exhausted'),
    );

    await expect(outcome).rejects.toThrow('not a conflict');
    expect(attempts).toBe(1);
  });
});
