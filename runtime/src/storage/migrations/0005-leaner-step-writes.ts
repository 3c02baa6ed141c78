import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Fewer b-trees written by an approval step (on SQLite each one is a page more in the commit):
 * - `tasks_instance_idx` goes: no query looks tasks up by their instance (a request's tasks are
 *   in its state; joins go from a task to its instance by the instance's key).
 * - `jobs.idempotency_key` is no longer UNIQUE. A job's key is the instance, the last event seq
 *   of the command that enqueued it and the effect's position; the events' primary key
 *   `(instance_id, seq)`, written in the same transaction, already lets only one command write
 *   that seq. The column stays: workers pass the key on to what they call.
 * - SQLite: `tasks` becomes a WITHOUT ROWID table keyed by its id, one b-tree where there were
 *   two (its rows and the index of its primary key).
 *
 * SQLite cannot drop a constraint or change how a table is keyed, so `tasks` and `jobs` are
 * rebuilt (same columns, same order) in one transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`drop index tasks_instance_idx`.execute(db);
    await sql`alter table jobs drop constraint jobs_idempotency_key_key`.execute(db);

    return;
  }
  await inSqliteTransaction(db, async () => {
    await assertNotAppliedYet(db);
    await rebuild(db, { table: 'tasks', definition: TASKS_WITHOUT_ROWID, indexes: TASK_INDEXES });
    await rebuild(db, { table: 'jobs', definition: jobsTable(''), indexes: JOB_INDEXES });
  });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create index tasks_instance_idx on tasks (instance_id)`.execute(db);
    await sql`alter table jobs add constraint jobs_idempotency_key_key unique (idempotency_key)`.execute(
      db,
    );

    return;
  }
  await inSqliteTransaction(db, async () => {
    const instanceIndex = 'create index "tasks_instance_idx" on "tasks" ("instance_id")';
    const indexes = [...TASK_INDEXES, instanceIndex];
    await rebuild(db, { table: 'tasks', definition: TASKS_WITH_ROWID, indexes });
    await rebuild(db, { table: 'jobs', definition: jobsTable(' unique'), indexes: JOB_INDEXES });
  });
}

const TASK_COLUMNS =
  '"instance_id" text not null references "instances" ("id"), "step_id" text not null, ' +
  '"node_id" text not null, "assignee_id" text not null references "users" ("id"), ' +
  '"status" text not null, "created_at" text not null, "decided_at" text, "comment" text';
const TASKS_WITHOUT_ROWID = `("id" text not null primary key, ${TASK_COLUMNS}) without rowid`;
const TASKS_WITH_ROWID = `("id" text primary key, ${TASK_COLUMNS})`;
const TASK_INDEXES = ['create index "tasks_inbox_idx" on "tasks" ("assignee_id", "status")'];

/** The jobs table of 0001; `idempotency` is the key column's constraint (' unique' or ''). */
function jobsTable(idempotency: string): string {
  return (
    '("id" text primary key, "kind" text not null, "payload" text not null, ' +
    '"run_at" text not null, "status" text not null, "attempts" integer default 0 not null, ' +
    '"lease_owner" text, "lease_until" text, "fencing_token" integer default 0 not null, ' +
    `"idempotency_key" text${idempotency}, "created_at" text not null)`
  );
}
const JOB_INDEXES = ['create index "jobs_due_idx" on "jobs" ("status", "run_at")'];

/** The columns of each rebuilt table, in their order of 0001. */
const COLUMNS: Readonly<Record<'tasks' | 'jobs', string>> = {
  tasks: 'id instance_id step_id node_id assignee_id status created_at decided_at comment',
  jobs:
    'id kind payload run_at status attempts lease_owner lease_until fencing_token ' +
    'idempotency_key created_at',
};

/** Recreates `table` as `definition` (the same columns) with its rows and `indexes`. */
async function rebuild(
  db: Kysely<unknown>,
  options: { table: 'tasks' | 'jobs'; definition: string; indexes: readonly string[] },
): Promise<void> {
  const { table, definition, indexes } = options;
  const next = `${table}_next`;
  const columns = COLUMNS[table]
    .split(' ')
    .map((column) => `"${column}"`)
    .join(', ');
  await sql.raw(`create table "${next}" ${definition}`).execute(db);
  await sql.raw(`insert into "${next}" (${columns}) select ${columns} from "${table}"`).execute(db);
  await sql.raw(`drop table "${table}"`).execute(db);
  await sql.raw(`alter table "${next}" rename to "${table}"`).execute(db);
  for (const index of indexes) await sql.raw(index).execute(db);
}

/**
 * SQLite migrations run outside a transaction and without a lock across processes: this one
 * takes the write lock first, and a process that finds the work done by another one fails with
 * "already exists", which `migrateToLatest` takes as a lost race (it waits and reads again).
 */
async function assertNotAppliedYet(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql`
    select 1 from sqlite_master where type = 'index' and name = 'tasks_instance_idx'
  `.execute(db);
  if (rows.length === 0)
    throw new Error('0005: the rebuilt tasks table already exists (another process migrated)');
}

/**
 * SQLite's way to rebuild a table (lang_altertable.html, "other kinds of table schema
 * changes"): foreign keys off for the connection (a pragma that cannot change inside a
 * transaction), the work in one `BEGIN IMMEDIATE` transaction, then foreign keys as they were.
 * The rows are copied as they are, so the copy cannot break a reference the old table kept.
 */
async function inSqliteTransaction(db: Kysely<unknown>, fn: () => Promise<void>): Promise<void> {
  const { rows } = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
  const enforced = rows[0]?.foreign_keys === 1;
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      await fn();
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db).catch(() => {
        // SQLite already rolled back (it does on some errors): nothing to undo.
      });
      throw error;
    }
  } finally {
    if (enforced) await sql`pragma foreign_keys = on`.execute(db);
  }
}
