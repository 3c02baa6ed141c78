import {
  DISPLAY_ONLY_TYPES,
  visibleValues,
  type FieldType,
  type FormField,
  type FormValues,
  type Locale,
} from '@baton/schemas';
import { InstanceState } from '@baton/runtime';
import { instanceTitle, parseJsonColumn, type BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail, instanceStatusNames } from '../messages.ts';
import { cellText, type CellContext } from './export-cells.ts';
import { withStates, type InstanceHead } from './instance-heads.ts';
import { namesOf } from './people.ts';
import type { AccessLookup, ReadAccess } from './readable.ts';
import { readsField } from './viewer-access.ts';

/** One request of an export: its fixed cells, and a cell per field the reader may read. */
export type ExportRow = ReadAccess & {
  readonly head: InstanceHead;
  readonly fixed: readonly string[];
  readonly cells: ReadonlyMap<string, string>;
};

/** What building the rows needs: the reader, their access, names of departments, the cap. */
export type RowsContext = {
  readonly locale: Locale;
  readonly lookup: AccessLookup;
  readonly department: (id: string) => string;
  /** Most bytes the cells may hold together; past it the export is refused. */
  readonly maxBytes: number;
};

const ExportState = InstanceState.pick({ values: true, tasks: true });
const displayOnly: readonly FieldType[] = DISPLAY_ONLY_TYPES;

/** The value fields of a request the reader may read: its cells in an export. */
export function exportedFields({ bundle, access }: ReadAccess): FormField[] {
  return bundle.form.fields.filter(
    (field) => readsField(access, field.key) && !displayOnly.includes(field.type),
  );
}

/** `export.too-large`, naming the cap in MB. */
export function exportTooLarge(maxBytes: number) {
  return fail('export.too-large', { max: Math.floor(maxBytes / (1024 * 1024)) });
}

/** User ids in the visible values (user fields): their names are looked up per chunk. */
function peopleIn(access: ReadAccess, values: FormValues): string[] {
  return access.bundle.form.fields.flatMap((field) => {
    const value = field.type === 'user' ? values[field.key] : undefined;

    return (Array.isArray(value) ? value : [value]).filter((id) => typeof id === 'string');
  });
}

/** One row from a request's parsed state, with the names `person` gives. */
function rowOf(
  head: InstanceHead,
  read: ReadAccess & { readonly values: FormValues },
  ctx: CellContext,
): ExportRow {
  const { bundle, access, values } = read;
  const initiator = ctx.person(head.initiatorId);
  const cells = new Map(
    exportedFields(read).map((field) => [field.key, cellText(field, values[field.key], ctx)]),
  );
  const fixed = [
    head.id,
    instanceTitle(bundle, initiator, values, ctx.locale),
    instanceStatusNames[head.status][ctx.locale],
    initiator,
    head.createdAt,
    head.endedAt ?? '',
  ];

  return { head, bundle, access, fixed, cells };
}

function bytesOf(row: ExportRow): number {
  const texts = [...row.fixed, ...row.cells.values()];

  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
}

/**
 * The export rows of `heads`, in order, reading their states a chunk at a time (see
 * `withStates`): only the values the reader may read are kept, as cell texts. Refused with
 * `export.too-large` as soon as the cells pass `maxBytes`.
 */
export async function exportRows(
  db: Kysely<BatonDatabase>,
  heads: readonly InstanceHead[],
  ctx: RowsContext,
): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  let bytes = 0;
  for await (const { items, states } of withStates(db, heads, (head) => head)) {
    const read = [];
    for (const head of items) {
      const text = states.get(head.id)?.state;
      if (text === undefined) continue;
      const state = parseJsonColumn(ExportState, text, { table: 'instances', id: head.id });
      const access = await ctx.lookup(head, state.tasks);
      read.push({ head, ...access, values: visibleValues(state.values, access.access) });
    }
    const people = read.flatMap((one) => [one.head.initiatorId, ...peopleIn(one, one.values)]);
    const names = await namesOf(db, people);
    const cellContext = { ...ctx, person: (id: string) => names(id).name };
    for (const one of read) {
      const row = rowOf(one.head, one, cellContext);
      bytes += bytesOf(row);
      if (bytes > ctx.maxBytes) throw exportTooLarge(ctx.maxBytes);
      rows.push(row);
    }
  }

  return rows;
}
