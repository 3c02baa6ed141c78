import type { FormDefinition, FormValues } from '@baton/schemas';

type Row = Readonly<Record<string, unknown>>;

/** Table values as rows; anything that is not a list of objects reads as no rows. */
export function asRows(value: unknown): Row[] {
  if (!Array.isArray(value)) return [];

  return value.map((row: unknown) =>
    typeof row === 'object' && row !== null && !Array.isArray(row) ? (row as Row) : {},
  );
}

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item === undefined) return out;
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);

  return out;
}

/** The list without the item at `index`. */
export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

function sameCells(a: Row, b: Row): boolean {
  const keys = Object.keys(a);

  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

/**
 * `next` with every table row that holds the same cells as the row at the same place in
 * `previous` replaced by that previous row object, and a table whose rows are all unchanged
 * replaced by the previous list. Recomputing formulas rebuilds every row; handing unchanged
 * rows back by identity lets the table skip re-rendering them, so typing in one row of a
 * 200-row table re-renders that row (and the totals), not all 200, and typing in another field
 * leaves the table alone.
 */
export function shareUnchangedRows(
  form: FormDefinition,
  previous: FormValues,
  next: FormValues,
): FormValues {
  let out: FormValues | undefined;
  for (const field of form.fields) {
    if (field.type !== 'table') continue;
    const before = previous[field.key];
    const after = next[field.key];
    if (!Array.isArray(before) || !Array.isArray(after) || before === after) continue;
    const old = asRows(before);
    const rows = asRows(after).map((row, index) => {
      const same = old[index];

      return same !== undefined && sameCells(same, row) ? same : row;
    });
    const unchanged = rows.length === before.length && rows.every((row, at) => row === before[at]);
    out ??= { ...next };
    out[field.key] = unchanged ? before : rows;
  }

  return out ?? next;
}
