import { CompiledQuery, type Kysely } from 'kysely';
import { PREPARED_MARK } from './prepared-statements.ts';
import type { BatonDatabase, InstanceRow } from './schema.ts';

type Trx = Kysely<BatonDatabase>;

/** The tables a command inserts into after its instance write, in writing order. */
export type GatedTable = 'events' | 'tasks' | 'jobs' | 'carbon_copies' | 'idempotency_keys';

/** One command's write on PostgreSQL: the instance and the rows of each table. */
export type PgCommandWrite = {
  instance: { insert: InstanceRow } | { update: InstanceRow; from: number };
  rows: ReadonlyArray<readonly [GatedTable, readonly object[]]>;
};

const TASK_UPSERT =
  ' on conflict ("id") do update set "assignee_id" = excluded."assignee_id", ' +
  '"status" = excluded."status", "decided_at" = excluded."decided_at", ' +
  '"comment" = excluded."comment", "created_at" = excluded."created_at", ' +
  '"on_behalf_of" = excluded."on_behalf_of", "origin_kind" = excluded."origin_kind"';

const CTE_NAMES: Record<GatedTable, string> = {
  events: 'new_events',
  tasks: 'new_tasks',
  jobs: 'new_jobs',
  carbon_copies: 'new_copies',
  idempotency_keys: 'new_key',
};

const UPDATE_COLUMNS = [
  'status',
  'title',
  'state',
  'updated_at',
  'ended_at',
  'last_seq',
  'version',
] as const;

/**
 * Statement texts by shape (insert or update, and the columns of each table written): building
 * the CTE through Kysely's query builder and compiling it on every command cost more than the
 * text it made, which depends only on the shape. A fixed text also runs as one named prepared
 * statement per connection (see prepared-statements.ts).
 */
const texts = new Map<string, string>();

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Runs the command's write as one statement; returns false when the version-guarded instance
 * write found no row at the version read (nothing is written then).
 */
export async function writePgCommand(db: Trx, write: PgCommandWrite): Promise<boolean> {
  const parameters: unknown[] = [];
  const shape: string[] = [];
  const instanceCte = instanceWrite(write.instance, { parameters, shape });
  const ctes = [`written as (${instanceCte})`];
  for (const [table, rows] of write.rows) {
    const first = rows[0];
    if (!first) continue;
    const columns = Object.keys(first);
    shape.push(table, ...columns);
    parameters.push(JSON.stringify(rows));
    ctes.push(`${CTE_NAMES[table]} as (${gatedInsert(table, columns, parameters.length)})`);
  }
  const key = shape.join('\u0000');
  let text = texts.get(key);
  if (text === undefined) {
    text = `with ${ctes.join(', ')} select "id" from written ${PREPARED_MARK}`;
    if (texts.size >= 200) texts.clear();
    texts.set(key, text);
  }
  const result = await db.executeQuery(CompiledQuery.raw(text, parameters));

  return result.rows.length > 0;
}

function instanceWrite(
  instance: PgCommandWrite['instance'],
  into: { parameters: unknown[]; shape: string[] },
): string {
  const { parameters, shape } = into;
  if ('insert' in instance) {
    const entries = Object.entries(instance.insert).filter(([, value]) => value !== undefined);
    const columns = entries.map(([column]) => column);
    shape.push('insert', ...columns);
    const placeholders = entries.map(([, value]) => `$${parameters.push(value)}`);

    return (
      `insert into "instances" (${columns.map(quoted).join(', ')}) ` +
      `values (${placeholders.join(', ')}) returning "id"`
    );
  }
  const { update: row, from } = instance;
  shape.push('update');
  const sets = UPDATE_COLUMNS.map(
    (column) => `${quoted(column)} = $${parameters.push(row[column])}`,
  );
  const id = parameters.push(row.id);
  const version = parameters.push(from);

  return (
    `update "instances" set ${sets.join(', ')} ` +
    `where "id" = $${id} and "version" = $${version} returning "id"`
  );
}

/**
 * `insert into <table> … select … from json_populate_recordset(…) where exists (the written
 * instance)`: all rows in one JSON parameter, typed by the table's own row type. Every row of
 * one list is built by the same function, so the first row's keys name the columns.
 */
function gatedInsert(table: GatedTable, columns: readonly string[], parameter: number): string {
  const list = columns.map(quoted).join(', ');
  const source = `json_populate_recordset(null::${quoted(table)}, $${parameter}::json)`;
  const suffix = table === 'tasks' ? TASK_UPSERT : '';

  return (
    `insert into ${quoted(table)} (${list}) select ${list} from ${source} ` +
    `where exists (select 1 from written)${suffix}`
  );
}
