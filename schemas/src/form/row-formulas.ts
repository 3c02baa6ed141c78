import type { Expr } from '../expression/ast.ts';
import { evaluateExpr } from '../expression/evaluate.ts';
import type { ExpressionScope } from '../expression/types.ts';
import { type Value, isDecimal } from '../expression/value.ts';
import { compileOrNull } from '../expression/with-form.ts';
import { Dec, decimalToString, parseDecimal } from '../money/decimal.ts';
import { MAX_INTEGER_DIGITS, integerDigits } from './decimal-value.ts';
import type { ColumnField, FormField } from './form.ts';
import { columnType, rowValue } from './scope.ts';
import { isRecord } from './value-issue.ts';

export type TableField = Extract<FormField, { type: 'table' }>;
export type ComputedColumn = Extract<ColumnField, { type: 'computed' }>;

/**
 * What a row formula of `table` may read: the row's cells by column key. Every column but the
 * computed ones, and the computed columns to the left of `columnKey` (they are worked out
 * first, left to right); without `columnKey`, every column (what an editor offers). No other
 * field of the form is in scope.
 *
 * @example rowScope(items, 'amount') // { fields: { quantity: 'number', unitPrice: 'money' } }
 */
export function rowScope(table: TableField, columnKey?: string): ExpressionScope {
  const at = table.columns.findIndex((column) => column.key === columnKey);
  const fields: Record<string, ReturnType<typeof columnType>> = {};
  table.columns.forEach((column, index) => {
    const before = columnKey === undefined || index < at;
    if (column.type !== 'computed' || before) fields[column.key] = columnType(column);
  });

  return { fields };
}

function compiledFormula(table: TableField, column: ComputedColumn): Expr | null {
  const scope = () => rowScope(table, column.key);

  // Cached per column: two columns with the same formula may see different columns.
  return compileOrNull({ owner: column, source: column.formula, scope, expected: 'number' });
}

/** A formula's result rounded half-up to `decimals`; `null` when empty or beyond 18 digits. */
export function roundedResult(result: Value, decimals: number): string | null {
  if (!isDecimal(result)) return null;
  const value = decimalToString(result, decimals);

  return integerDigits(value) > MAX_INTEGER_DIGITS ? null : value;
}

type Formula = { readonly column: ComputedColumn; readonly ast: Expr | null };

/** One row's computed columns worked out, left to right, into a new row object. */
function computeRow(raw: Record<string, unknown>, table: TableField, formulas: readonly Formula[]) {
  const row: Record<string, unknown> = { ...raw };
  const env = rowValue(table.columns, row);
  for (const { column } of formulas) env[column.key] = null;
  for (const { column, ast } of formulas) {
    delete row[column.key];
    const value = ast ? roundedResult(evaluateExpr(ast, env), column.decimals) : null;
    env[column.key] = value === null ? null : new Dec(value);
    if (value !== null) row[column.key] = value;
  }

  return row;
}

/** What an object held: its own keys in order, and their values. */
type Entries = { readonly keys: readonly string[]; readonly values: readonly unknown[] };

function entriesOf(object: Readonly<Record<string, unknown>>): Entries {
  const keys = Object.keys(object);

  return { keys, values: keys.map((key) => object[key]) };
}

/** Whether `object` still holds `entries` (same keys in the same order, same values). */
function holds(object: Readonly<Record<string, unknown>>, entries: Entries): boolean {
  let at = 0;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    if (key !== entries.keys[at] || !Object.is(object[key], entries.values[at])) return false;
    at += 1;
  }

  return at === entries.keys.length;
}

/** A row worked out, with what it and its result held then. */
type WorkedRow = {
  readonly table: TableField;
  readonly input: Entries;
  readonly output: Record<string, unknown>;
  readonly written: Entries;
};

/**
 * Rows worked out so far, by row object. Typing in one row of a long table hands every other
 * row back as the same object, so only the edited row is worked out again. A result is reused
 * only while the row and the result still hold what they held then (same keys in the same
 * order, same values), so a row changed in place is worked out anew.
 */
const workedRows = new WeakMap<object, WorkedRow>();

/**
 * Fills the computed columns of every row from the row's own cells, left to right, each
 * rounded half-up to its `decimals`. Whatever a row held in a computed column is replaced; a
 * formula that gives no value (an empty operand, a division by zero, more than 18 digits
 * before the point) leaves the cell out. Each row depends on itself only, so removing a row
 * leaves every other row's results as they were. Rows that are not objects are kept as given.
 * A row given again unchanged gets the same result object as before: treat results as
 * read-only.
 */
export function computeRows(table: TableField, rows: readonly unknown[]): unknown[] {
  const computed = table.columns.filter((column) => column.type === 'computed');
  if (computed.length === 0) return [...rows];
  let formulas: Formula[] | undefined;

  return rows.map((raw) => {
    if (!isRecord(raw)) return raw;
    const known = workedRows.get(raw);
    const reusable =
      known?.table === table && holds(raw, known.input) && holds(known.output, known.written);
    if (known && reusable) return known.output;
    formulas ??= computed.map((column) => ({ column, ast: compiledFormula(table, column) }));
    const output = computeRow(raw, table, formulas);
    workedRows.set(raw, { table, input: entriesOf(raw), output, written: entriesOf(output) });

    return output;
  });
}

/** A row as expressions read it, with the cells it was read from. */
type ReadRow = {
  readonly columns: readonly ColumnField[];
  readonly cells: readonly unknown[];
  readonly value: Readonly<Record<string, Value>>;
};

/** Rows read so far (see `tableEnvironment`), by row object. */
const readRows = new WeakMap<object, ReadRow>();

function cellOf(row: Record<string, unknown>, column: ColumnField): unknown {
  return Object.hasOwn(row, column.key) ? row[column.key] : undefined;
}

/** `rowValue`, reused while the row object holds the same cells as when it was read. */
function readRow(columns: readonly ColumnField[], raw: unknown): Readonly<Record<string, Value>> {
  if (!isRecord(raw)) return rowValue(columns, raw);
  const known = readRows.get(raw);
  if (
    known?.columns === columns &&
    columns.every((column, at) => Object.is(cellOf(raw, column), known.cells[at]))
  ) {
    return known.value;
  }
  const value = rowValue(columns, raw);
  readRows.set(raw, { columns, cells: columns.map((column) => cellOf(raw, column)), value });

  return value;
}

/**
 * A table's value as expressions read it (`{ rows }`, or `null` when it is not a list), the
 * same as `formEnvironment` gives, with each row object read once while its cells stay the
 * same: the formulas and rules over a 200-row table are worked out several times per keystroke.
 * The rows read are shared: they must not be changed. @internal
 */
export function tableEnvironment(table: TableField, raw: unknown): Value {
  return Array.isArray(raw)
    ? { rows: raw.map((row: unknown) => readRow(table.columns, row)) }
    : null;
}

/** Places a column's values are written with. */
function columnPlaces(column: ColumnField): number | null {
  if (column.type === 'computed') return column.decimals;
  if (column.type === 'number' || column.type === 'money') return column.validation.decimals;

  return null;
}

/**
 * The totals shown under a table: for each column with `total: true`, the exact sum of its
 * cells (empty or unreadable cells count as nothing) written with the column's places, by
 * column key. `0.10 + 0.20` is `"0.30"`; an empty table totals `"0.00"`.
 */
export function tableTotals(table: TableField, rows: readonly unknown[]): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const column of table.columns) {
    const places = columnPlaces(column);
    if (places === null || !('total' in column) || column.total !== true) continue;
    let sum = new Dec(0);
    for (const row of rows) {
      const cell = isRecord(row) ? row[column.key] : undefined;
      const value = typeof cell === 'string' ? parseDecimal(cell.trim()) : null;
      if (value) sum = sum.plus(value);
    }
    totals[column.key] = decimalToString(sum, Math.max(places, sum.decimalPlaces()));
  }

  return totals;
}
