import { resolveText, type FormField, type Locale } from '@baton/schemas';
import type { InstanceStatus } from '@baton/runtime';
import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail } from '../messages.ts';
import { csvDocument } from './csv.ts';
import { exportedFields, exportRows, exportTooLarge, type ExportRow } from './export-rows.ts';
import { accessLookup, readableHeads } from './readable.ts';
import type { Viewer } from './viewer-access.ts';

const MB = 1024 * 1024;

/**
 * How much one export holds: the newest `rows` requests; refused (`export.too-large`) when their
 * stored states pass `scanBytes` together (known before any is read) or the file would pass
 * `csvBytes`, so one export can neither hold the server for long nor build a file a spreadsheet
 * cannot open. The refusal asks for a narrower filter (status, submission days).
 */
export const EXPORT_LIMITS = { rows: 5000, scanBytes: 256 * MB, csvBytes: 20 * MB } as const;

/** Which requests of a flow to export (see `ReadableFilter` for the days). */
export type ExportQuery = {
  readonly flowKey: string;
  readonly status?: InstanceStatus | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
};

const FIXED_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['编号', '标题', '状态', '发起人', '提交时间', '结束时间'],
  en: ['ID', 'Title', 'Status', 'Initiator', 'Submitted at', 'Ended at'],
};

/**
 * The field columns: every value field visible to the reader on at least one row, in the
 * order of the newest version's form, then fields only older versions have.
 */
function exportColumns(rows: readonly ExportRow[]): FormField[] {
  const byVersion = [...rows].sort((a, b) => b.head.flowVersion - a.head.flowVersion);
  const columns = new Map<string, FormField>();
  for (const row of byVersion) {
    for (const field of exportedFields(row))
      if (!columns.has(field.key)) columns.set(field.key, field);
  }

  return [...columns.values()];
}

async function departmentNames(db: Kysely<BatonDatabase>): Promise<(id: string) => string> {
  const rows = await db.selectFrom('departments').select(['id', 'name']).execute();
  const names = new Map(rows.map((row) => [row.id, row.name]));

  return (id) => names.get(id) ?? id;
}

/**
 * The requests of flow `query.flowKey` the reader may read (the newest of those the filter
 * keeps, see `EXPORT_LIMITS`) as CSV for Excel (see `csvDocument`): fixed columns, then one
 * column per field the reader may read on any of them, a cell empty where the field is hidden
 * from them on that request. `flow.not-found` for a flow that does not exist.
 */
export async function exportRequests(
  db: Kysely<BatonDatabase>,
  reader: { readonly user: Viewer; readonly locale: Locale; readonly now: Date },
  query: ExportQuery,
  limits: {
    readonly rows: number;
    readonly scanBytes: number;
    readonly csvBytes: number;
  } = EXPORT_LIMITS,
): Promise<{ filename: string; csv: string }> {
  const { flowKey } = query;
  const flow = await db
    .selectFrom('flows')
    .select('key')
    .where('key', '=', flowKey)
    .executeTakeFirst();
  if (!flow) throw fail('flow.not-found', { key: flowKey });
  const heads = await readableHeads(db, reader.user, {
    ...query,
    flowKeys: [flowKey],
    limit: limits.rows,
  });
  const stored = heads.reduce((sum, head) => sum + head.stateBytes, 0);
  if (stored > limits.scanBytes) throw exportTooLarge(limits.csvBytes);
  const rows = await exportRows(db, heads, {
    locale: reader.locale,
    lookup: await accessLookup(db, reader.user, heads),
    department: await departmentNames(db),
    maxBytes: limits.csvBytes,
  });
  const columns = exportColumns(rows);
  const header = [
    ...FIXED_HEADERS[reader.locale],
    ...columns.map((column) => resolveText(column.label, reader.locale)),
  ];
  const lines = rows.map((row) => [
    ...row.fixed,
    ...columns.map((column) => row.cells.get(column.key) ?? ''),
  ]);
  const csv = csvDocument([header, ...lines]);
  if (Buffer.byteLength(csv) > limits.csvBytes) throw exportTooLarge(limits.csvBytes);
  const day = reader.now.toISOString().slice(0, 10);

  return { filename: `${flowKey}-${day}.csv`, csv };
}
