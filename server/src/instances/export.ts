import {
  DISPLAY_ONLY_TYPES,
  resolveText,
  type FieldType,
  type FormField,
  type Locale,
} from '@baton/schemas';
import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail, instanceStatusNames } from '../messages.ts';
import { csvDocument } from './csv.ts';
import { cellText, type CellContext } from './export-cells.ts';
import { namesOf } from './people.ts';
import { readableRequests, type ReadableRequest } from './readable.ts';
import { hitOf } from './search.ts';
import { readsField, type Viewer } from './viewer-access.ts';

/** Most requests one export holds (the newest); the file stays a size a spreadsheet opens. */
export const EXPORT_MAX_ROWS = 5000;

const FIXED_HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['编号', '标题', '状态', '发起人', '提交时间', '结束时间'],
  en: ['ID', 'Title', 'Status', 'Initiator', 'Submitted at', 'Ended at'],
};

const displayOnly: readonly FieldType[] = DISPLAY_ONLY_TYPES;

/**
 * The field columns: every value field visible to the reader on at least one row, in the
 * order of the newest version's form, then fields only older versions have.
 */
function exportColumns(requests: readonly ReadableRequest[]): FormField[] {
  const byVersion = [...requests].sort((a, b) => b.view.flowVersion - a.view.flowVersion);
  const columns = new Map<string, FormField>();
  for (const { bundle, access } of byVersion) {
    const shown = bundle.form.fields.filter(
      (field) => readsField(access, field.key) && !displayOnly.includes(field.type),
    );
    for (const field of shown) if (!columns.has(field.key)) columns.set(field.key, field);
  }

  return [...columns.values()];
}

/** User ids in the requests (initiators, user fields): their names are looked up at once. */
function peopleIn(requests: readonly ReadableRequest[]): string[] {
  return requests.flatMap(({ view, bundle }) => [
    view.initiatorId,
    ...bundle.form.fields.flatMap((field) => {
      const value = field.type === 'user' ? view.state.values[field.key] : undefined;

      return (Array.isArray(value) ? value : [value]).filter((id) => typeof id === 'string');
    }),
  ]);
}

async function departmentNames(db: Kysely<BatonDatabase>): Promise<(id: string) => string> {
  const rows = await db.selectFrom('departments').select(['id', 'name']).execute();
  const names = new Map(rows.map((row) => [row.id, row.name]));

  return (id) => names.get(id) ?? id;
}

/** One request as a CSV row: fixed columns, then each field column (empty where hidden). */
function rowOf(
  request: ReadableRequest,
  columns: readonly FormField[],
  ctx: CellContext & { title: string },
) {
  const { view, bundle, access } = request;
  const fixed = [
    view.id,
    ctx.title,
    instanceStatusNames[view.status][ctx.locale],
    ctx.person(view.initiatorId),
    view.createdAt,
    view.endedAt ?? '',
  ];
  const cells = columns.map((column) => {
    const field = bundle.form.fields.find((candidate) => candidate.key === column.key);

    return field && readsField(access, column.key)
      ? cellText(field, view.state.values[column.key], ctx)
      : '';
  });

  return [...fixed, ...cells];
}

/**
 * The requests of flow `flowKey` the reader may read (the newest `EXPORT_MAX_ROWS`) as CSV for
 * Excel (see `csvDocument`): fixed columns, then one column per field the reader may read on
 * any of them, a cell empty where the field is hidden from them on that request.
 * `flow.not-found` for a flow that does not exist.
 */
export async function exportRequests(
  db: Kysely<BatonDatabase>,
  reader: { readonly user: Viewer; readonly locale: Locale; readonly now: Date },
  flowKey: string,
): Promise<{ filename: string; csv: string }> {
  const flow = await db
    .selectFrom('flows')
    .select('key')
    .where('key', '=', flowKey)
    .executeTakeFirst();
  if (!flow) throw fail('flow.not-found', { key: flowKey });
  const requests = await readableRequests(db, reader.user, {
    flowKeys: [flowKey],
    limit: EXPORT_MAX_ROWS,
  });
  const columns = exportColumns(requests);
  const names = await namesOf(db, peopleIn(requests));
  const ctx: CellContext = {
    locale: reader.locale,
    person: (id) => names(id).name,
    department: await departmentNames(db),
  };
  const header = [
    ...FIXED_HEADERS[reader.locale],
    ...columns.map((column) => resolveText(column.label, reader.locale)),
  ];
  const rows = requests.map((request) => {
    const initiator = ctx.person(request.view.initiatorId);
    const { title } = hitOf(request, { locale: reader.locale, initiator });

    return rowOf(request, columns, { ...ctx, title });
  });
  const day = reader.now.toISOString().slice(0, 10);

  return { filename: `${flowKey}-${day}.csv`, csv: csvDocument([header, ...rows]) };
}
