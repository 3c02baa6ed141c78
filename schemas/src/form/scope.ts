import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import { isCalendarDate } from '../calendar-date.ts';
import type { ExprType, ExpressionScope } from '../expression/types.ts';
import type { Value } from '../expression/value.ts';
import { parseDecimal } from '../money/decimal.ts';
import { rangeDuration } from './duration.ts';
import { normalizeInstant } from './time-value.ts';
import type { ColumnField, FormDefinition, FormField, FormValues } from './form.ts';
import { isRecord } from './value-issue.ts';

/** A field that expressions can read: every type but descriptions and sections. */
export type ScopedField = Exclude<FormField, { type: 'description' | 'section' }>;

export function isScopedField(field: FormField): field is ScopedField {
  return field.type !== 'description' && field.type !== 'section';
}

/** The type of one cell of a column in expressions. */
export function columnType(field: ColumnField): ExprType {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'select':
    case 'radio':
      return 'string';
    case 'number':
    case 'percentage':
      return 'number';
    case 'checkbox':
      return 'boolean';
    case 'money':
    case 'date':
      return field.type;
    case 'computed':
      return field.valueType;
  }
}

/**
 * The type a field has in expressions. Text-like values (text, choices, master-data codes,
 * request ids, department ids) are `string`; a date-time is `datetime` (ordered in time); a
 * percentage is the percent as a `number`; a date range is its duration in days (`number`); a
 * multi-select is a list of option values, an attachment or image field the list of its file
 * names (`count(files)`); a `user` field is its user id, or a list of ids with `multiple`; a
 * table is read by column (`items.amount`).
 */
export function fieldType(field: ScopedField): ExprType {
  switch (field.type) {
    case 'datetime':
      return 'datetime';
    case 'radio':
    case 'remote':
    case 'reference':
    case 'department':
      return 'string';
    case 'dateRange':
      return 'number';
    case 'multiselect':
    case 'attachment':
    case 'image':
      return { list: 'string' };
    case 'user':
      return field.multiple ? { list: 'string' } : 'string';
    case 'table':
      return {
        table: Object.fromEntries(field.columns.map((column) => [column.key, columnType(column)])),
      };
    default:
      return columnType(field);
  }
}

/**
 * The names an expression over this form may use: each field that holds a value, by key, with
 * its type (descriptions and sections are not there).
 */
export function formScope(form: FormDefinition): ExpressionScope {
  const fields = form.fields.filter(isScopedField);

  return { fields: Object.fromEntries(fields.map((field) => [field.key, fieldType(field)])) };
}

/** A cell or a plain value read as its expression type; anything unreadable is empty. */
export function scalarValue(type: ExprType, raw: unknown): Value {
  if (type === 'number' || type === 'money')
    return typeof raw === 'string' ? parseDecimal(raw) : null;
  if (type === 'date') return typeof raw === 'string' && isCalendarDate(raw) ? raw : null;
  if (type === 'datetime') return typeof raw === 'string' ? normalizeInstant(raw.trim()) : null;
  if (type === 'string') return typeof raw === 'string' && raw.trim() !== '' ? raw : null;
  if (type === 'boolean') return typeof raw === 'boolean' ? raw : null;
  if (typeof type === 'object' && 'list' in type && Array.isArray(raw)) {
    return raw.map((item: unknown) => scalarValue(type.list, item));
  }

  return null;
}

/** One row of a table as expressions read it, each column by its type. */
export function rowValue(columns: readonly ColumnField[], raw: unknown): Record<string, Value> {
  const record = isRecord(raw) ? raw : {};
  const row: Record<string, Value> = {};
  for (const column of columns) {
    const cell = Object.hasOwn(record, column.key) ? record[column.key] : undefined;
    row[column.key] = scalarValue(columnType(column), cell);
  }

  return row;
}

/** File names of an attachment value; an item given only by its id reads as that id. */
function fileNames(raw: unknown): Value {
  if (!Array.isArray(raw)) return null;

  return raw.map((item: unknown) => {
    if (typeof item === 'string') return item;

    return isRecord(item) && typeof item['name'] === 'string' ? item['name'] : null;
  });
}

/** Options of `formEnvironment`. */
export type EnvironmentOptions = {
  /** The calendar that counts the working days of `duration: 'workdays'` date ranges. */
  readonly calendar?: BusinessCalendar | undefined;
};

function environmentValue(field: ScopedField, raw: unknown, options: EnvironmentOptions): Value {
  switch (field.type) {
    case 'table':
      return Array.isArray(raw) ? { rows: raw.map((row) => rowValue(field.columns, row)) } : null;
    case 'dateRange':
      return rangeDuration(field, raw, options.calendar);
    case 'attachment':
    case 'image':
      return fileNames(raw);
    default:
      return scalarValue(fieldType(field), raw);
  }
}

/**
 * Form values as the evaluator sees them (see `fieldType`). Anything missing, blank or not
 * readable as its type is empty (`null`), so it makes no comparison true.
 */
export function formEnvironment(
  form: FormDefinition,
  values: FormValues,
  options: EnvironmentOptions = {},
): Record<string, Value> {
  const env: Record<string, Value> = {};
  for (const field of form.fields) {
    if (!isScopedField(field)) continue;
    const raw = Object.hasOwn(values, field.key) ? values[field.key] : undefined;
    env[field.key] = environmentValue(field, raw, options);
  }

  return env;
}
