import type { Insertable, Kysely } from 'kysely';
import type { SqlDialect } from './database.ts';
import { writePgCommand } from './pg-writes.ts';
import type {
  BatonDatabase,
  CarbonCopyTable,
  EventTable,
  IdempotencyKeyTable,
  InstanceRow,
  JobTable,
  TaskTable,
} from './schema.ts';
import { rowBatches } from './batches.ts';
import { insertRows, TASK_UPSERT_SUFFIX, updateInstanceRow } from './sqlite-writes.ts';
import { StaleWriteError } from './transaction.ts';

type Trx = Kysely<BatonDatabase>;

/** Everything one command writes, computed before the first write. */
export type CommandWrites = {
  /** The instance row after the command; an update says which version it was read at. */
  instance: { insert: InstanceRow } | { update: InstanceRow; from: number };
  events: readonly Insertable<EventTable>[];
  /** New tasks and tasks whose mutable columns changed, upserted by id. */
  tasks: readonly Insertable<TaskTable>[];
  jobs: readonly Insertable<JobTable>[];
  /** One row per person copied by the command's `cc.sent` events (see carbon-copies.ts). */
  carbonCopies?: readonly Insertable<CarbonCopyTable>[] | undefined;
  /** The command's result under its idempotency key, when it has one. */
  idempotency?: Insertable<IdempotencyKeyTable> | undefined;
};

/**
 * Writes a command's rows. An update is guarded by the version the command read:
 * `StaleWriteError` when the instance moved on, and nothing is written.
 *
 * PostgreSQL: one statement, so it is atomic even outside a transaction and costs one round
 * trip. The instance write is a CTE; every insert selects its rows only when that CTE returned
 * the instance (which also makes PostgreSQL run the version-checked write first). Rows travel
 * as one JSON parameter per table, so the statement text is fixed and is prepared once per
 * connection. SQLite (no round trips to save; callers hold a write transaction): one statement
 * per table and batch of rows (see batches.ts: a step of thousands of approvers writes thousands
 * of task rows, more than one statement may bind), in the same order.
 */
export async function writeCommand(
  db: Trx,
  dialect: SqlDialect,
  writes: CommandWrites,
): Promise<void> {
  if (dialect === 'postgres') return writeInOneStatement(db, writes);

  const { events, tasks, jobs, carbonCopies = [], idempotency } = writes;
  await writeInstance(db, writes.instance);
  await insertOr(db, { table: 'events', rows: events }, (rows) =>
    db.insertInto('events').values(rows).execute(),
  );
  await insertOr(db, { table: 'tasks', rows: tasks, suffix: TASK_UPSERT_SUFFIX }, (rows) =>
    upsertTasks(db, rows).execute(),
  );
  await insertOr(db, { table: 'jobs', rows: jobs }, (rows) =>
    db.insertInto('jobs').values(rows).execute(),
  );
  await insertOr(db, { table: 'carbon_copies', rows: carbonCopies }, (rows) =>
    db.insertInto('carbon_copies').values(rows).execute(),
  );
  const keys = idempotency ? [idempotency] : [];
  await insertOr(db, { table: 'idempotency_keys', rows: keys }, (rows) =>
    db.insertInto('idempotency_keys').values(rows).execute(),
  );
}

/**
 * SQLite: inserts of fixed text (see sqlite-writes.ts), else Kysely's `fallback`, run once per
 * batch of rows (see batches.ts).
 */
async function insertOr<R extends object>(
  db: Trx,
  insert: { table: string; rows: readonly R[]; suffix?: string },
  fallback: (rows: readonly R[]) => Promise<unknown>,
): Promise<void> {
  if (insert.rows.length === 0 || (await insertRows(db, insert))) return;
  const columns = insert.rows.reduce((most, row) => Math.max(most, Object.keys(row).length), 0);
  for (const rows of rowBatches(insert.rows, columns)) await fallback(rows);
}

async function writeInstance(trx: Trx, write: CommandWrites['instance']): Promise<void> {
  if ('insert' in write) {
    const rows = [write.insert];
    await insertOr(trx, { table: 'instances', rows }, () =>
      trx.insertInto('instances').values(write.insert).execute(),
    );

    return;
  }
  const updated = await updateInstanceRow(trx, { row: write.update, from: write.from });
  if (!updated) throw new StaleWriteError(`instance ${write.update.id}`);
}

function upsertTasks(trx: Trx, rows: readonly Insertable<TaskTable>[]) {
  return trx
    .insertInto('tasks')
    .values(rows)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        assignee_id: eb.ref('excluded.assignee_id'),
        status: eb.ref('excluded.status'),
        decided_at: eb.ref('excluded.decided_at'),
        comment: eb.ref('excluded.comment'),
        created_at: eb.ref('excluded.created_at'),
        on_behalf_of: eb.ref('excluded.on_behalf_of'),
        origin_kind: eb.ref('excluded.origin_kind'),
      })),
    );
}

async function writeInOneStatement(db: Trx, writes: CommandWrites): Promise<void> {
  const { instance } = writes;
  const written = await writePgCommand(db, {
    instance,
    rows: [
      ['events', writes.events],
      ['tasks', writes.tasks],
      ['jobs', writes.jobs],
      ['carbon_copies', writes.carbonCopies ?? []],
      ['idempotency_keys', writes.idempotency ? [writes.idempotency] : []],
    ],
  });
  if (!written) {
    const id = 'insert' in instance ? instance.insert.id : instance.update.id;
    throw new StaleWriteError(`instance ${id}`);
  }
}
