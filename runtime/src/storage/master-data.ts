import { MasterDataKind } from '@baton/schemas';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { queryInBatches } from './batches.ts';
import { storageError } from './errors.ts';
import type { BatonDatabase, MasterDataRow } from './schema.ts';

type Db = Kysely<BatonDatabase>;

/** A code: 1–100 characters, none of them a control character (C0, DEL or C1). */
const MasterCode = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\u0000-\u001f\u007f-\u009f]+$/, 'no control characters');
const Name = z.string().trim().min(1).max(200);

/** An entry as an admin writes it; `active` defaults to true. */
export const MasterDataInput = z.strictObject({
  kind: MasterDataKind,
  code: MasterCode,
  name: z.strictObject({ 'zh-CN': Name, en: Name }),
  active: z.boolean().optional(),
});
export type MasterDataInput = z.input<typeof MasterDataInput>;

export type MasterDataEntry = {
  readonly kind: MasterDataKind;
  readonly code: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  readonly active: boolean;
};

export type MasterDataListOptions = {
  kind: MasterDataKind;
  /** Part of the code or of either name, any case. */
  q?: string | undefined;
  includeInactive?: boolean | undefined;
  /** Default 50, at most 200. */
  limit?: number | undefined;
};

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

function entryOf(kind: MasterDataKind, row: MasterDataRow): MasterDataEntry {
  return {
    kind,
    code: row.code,
    name: { 'zh-CN': row.name_zh, en: row.name_en },
    active: Number(row.active) === 1,
  };
}

/** `q` as a `like` pattern matching it anywhere, its wildcards taken literally. */
function containing(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Entries of one list, by code, active ones only unless `includeInactive`; `q` keeps those
 * whose code or name (either language) contains it, ignoring case.
 */
export async function listMasterData(
  db: Db,
  options: MasterDataListOptions,
): Promise<MasterDataEntry[]> {
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  let query = db.selectFrom('master_data').selectAll().where('kind', '=', options.kind);
  if (!options.includeInactive) query = query.where('active', '=', 1);
  const q = options.q?.trim();
  if (q) {
    const pattern = containing(q);
    query = query.where((eb) =>
      eb.or(
        ['code', 'name_zh', 'name_en'].map(
          (column) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
        ),
      ),
    );
  }
  const rows = await query.orderBy('code').limit(limit).execute();

  return rows.map((row) => entryOf(options.kind, row));
}

/**
 * Another code of the list that differs from `code` only in case (`sup-001` beside `SUP-001`),
 * which people would take for the same entry. Case is folded by the database's `lower`
 * (ASCII only on SQLite).
 */
async function caseTwin(db: Db, kind: MasterDataKind, code: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('master_data')
    .select('code')
    .where('kind', '=', kind)
    .where(sql<boolean>`lower(code) = lower(${code})`)
    .where('code', '!=', code)
    .executeTakeFirst();

  return row?.code;
}

/**
 * Creates or replaces the entry `(kind, code)`; refuses a malformed one
 * (`storage.master-data-invalid`, naming the first bad part), a code with spaces around it
 * (`storage.master-data-code-spaces`: forms send codes as they are, so it could never be
 * picked) and a code that another of the list matches but for case
 * (`storage.master-data-case-twin`). Returns the entry as stored.
 */
export async function upsertMasterData(
  db: Db,
  entry: unknown,
  options: { now: Date },
): Promise<MasterDataEntry> {
  const parsed = MasterDataInput.safeParse(entry);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'entry';
    throw storageError('storage.master-data-invalid', { field: where });
  }
  const { kind, code, name, active = true } = parsed.data;
  if (code.trim() !== code) throw storageError('storage.master-data-code-spaces', { code });
  const existing = await caseTwin(db, kind, code);
  if (existing !== undefined)
    throw storageError('storage.master-data-case-twin', { code, existing });
  const columns = {
    name_zh: name['zh-CN'],
    name_en: name.en,
    active: active ? 1 : 0,
    updated_at: options.now.toISOString(),
  };
  await db
    .insertInto('master_data')
    .values({ kind, code, ...columns })
    .onConflict((oc) => oc.columns(['kind', 'code']).doUpdateSet(columns))
    .execute();

  return { kind, code, name: { 'zh-CN': columns.name_zh, en: columns.name_en }, active };
}

/**
 * (De)activates an entry: an inactive code is no longer offered nor accepted in new values,
 * while requests keep the codes they hold. `storage.master-data-not-found` when it does not
 * exist.
 */
export async function setMasterDataActive(
  db: Db,
  change: { kind: MasterDataKind; code: string; active: boolean; now: Date },
): Promise<MasterDataEntry> {
  const row = await db
    .updateTable('master_data')
    .set({ active: change.active ? 1 : 0, updated_at: change.now.toISOString() })
    .where('kind', '=', change.kind)
    .where('code', '=', change.code)
    .returningAll()
    .executeTakeFirst();
  if (!row)
    throw storageError('storage.master-data-not-found', { kind: change.kind, code: change.code });

  return entryOf(change.kind, row);
}

/** Which of `codes` are active entries of `kind` (the rest are unknown or deactivated). */
export async function activeMasterCodes(
  db: Db,
  kind: MasterDataKind,
  codes: readonly string[],
): Promise<Set<string>> {
  const rows = await queryInBatches(
    [...new Set(codes)],
    (batch) =>
      db
        .selectFrom('master_data')
        .select('code')
        .where('kind', '=', kind)
        .where('active', '=', 1)
        .where('code', 'in', batch)
        .execute(),
    2,
  );

  return new Set(rows.map((row) => row.code));
}
