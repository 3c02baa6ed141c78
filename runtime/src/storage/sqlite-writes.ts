import { CompiledQuery, type Kysely } from 'kysely';
import { rowBatches } from './batches.ts';
import type { BatonDatabase, InstanceRow } from './schema.ts';

type Trx = Kysely<BatonDatabase>;

/**
 * SQLite's hot writes as fixed SQL text run directly (`CompiledQuery.raw`): building and
 * compiling each of them through Kysely's query builder cost more than SQLite took to run them.
 * The text depends only on the table, the columns and the row count, so it is made once per
 * shape and the statement cache prepares it once.
 */
const texts = new Map<string, string>();

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function insertText(table: string, columns: readonly string[], count: number, suffix: string) {
  const key = `${table}\u0000${count}\u0000${columns.join('\u0000')}\u0000${suffix}`;
  const known = texts.get(key);
  if (known !== undefined) return known;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const text =
    `insert into ${quoted(table)} (${columns.map(quoted).join(', ')}) values ` +
    `${Array.from({ length: count }, () => tuple).join(', ')}${suffix}`;
  texts.set(key, text);

  return text;
}

/**
 * Inserts rows that share their keys (every row of one list is built by the same function, so
 * the first row's keys name the columns), in as many statements as the parameter limit needs
 * (see batches.ts). Returns false, writing nothing, when a row holds an `undefined` value or
 * other keys: the caller then takes Kysely's path, which treats those its own way.
 */
export async function insertRows(
  db: Trx,
  insert: { table: string; rows: readonly object[]; suffix?: string },
): Promise<boolean> {
  const first = insert.rows[0];
  if (!first) return true;
  const columns = Object.keys(first);
  const parameters: unknown[][] = [];
  for (const row of insert.rows) {
    const values = Object.values(row);
    if (values.length !== columns.length || values.includes(undefined)) return false;
    const keys = Object.keys(row);
    if (keys.some((key, index) => key !== columns[index])) return false;
    parameters.push(values);
  }
  for (const batch of rowBatches(parameters, columns.length)) {
    const text = insertText(insert.table, columns, batch.length, insert.suffix ?? '');
    await db.executeQuery(CompiledQuery.raw(text, batch.flat()));
  }

  return true;
}

export const TASK_UPSERT_SUFFIX =
  ' on conflict ("id") do update set "assignee_id" = excluded."assignee_id", ' +
  '"status" = excluded."status", "decided_at" = excluded."decided_at", ' +
  '"comment" = excluded."comment", "created_at" = excluded."created_at", ' +
  '"on_behalf_of" = excluded."on_behalf_of", "origin_kind" = excluded."origin_kind"';

const UPDATE_INSTANCE =
  'update "instances" set "status" = ?, "title" = ?, "state" = ?, "updated_at" = ?, ' +
  '"ended_at" = ?, "last_seq" = ?, "version" = ? where "id" = ? and "version" = ?';

/** The version-checked instance update; true when the row was at version `from`. */
export async function updateInstanceRow(
  db: Trx,
  update: { row: InstanceRow; from: number },
): Promise<boolean> {
  const { row } = update;
  const parameters = [
    row.status,
    row.title,
    row.state,
    row.updated_at,
    row.ended_at,
    row.last_seq,
    row.version,
    row.id,
    update.from,
  ];
  const result = await db.executeQuery(CompiledQuery.raw(UPDATE_INSTANCE, parameters));

  return result.numAffectedRows !== 0n;
}
