import type { ColumnField } from '@baton/schemas';

/** The line number column, in pixels. */
export const LINE_NUMBER_WIDTH = 56;

/** The buttons column (move up, move down, remove), in pixels. */
export const ROW_BUTTONS_WIDTH = 150;

/** Cell padding and border included: an input keeps at least the 140 pixels it had before. */
const WIDTHS: Readonly<Record<ColumnField['type'], number>> = {
  text: 180,
  textarea: 220,
  number: 157,
  percentage: 157,
  money: 170,
  computed: 157,
  date: 170,
  select: 170,
  radio: 170,
  checkbox: 72,
};

/**
 * The width a line-item column starts from, in pixels, by what its cells hold. The editor's
 * table is laid out from these widths alone (`table-layout: fixed`), not from its cells: an
 * edit in one cell then never re-measures the other 200 lines, and lines out of view (not laid
 * out, see forms.css) cannot change the columns. A wider table shares the extra room out.
 */
export function columnWidth(column: ColumnField): number {
  return WIDTHS[column.type];
}

/** The whole table's narrowest width: every column at its width, line numbers and buttons. */
export function tableMinWidth(columns: readonly ColumnField[]): number {
  return columns.reduce(
    (sum, column) => sum + columnWidth(column),
    LINE_NUMBER_WIDTH + ROW_BUTTONS_WIDTH,
  );
}
