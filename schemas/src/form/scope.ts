import type { ExprType, ExpressionScope } from '../expression/types.ts';
import type { Value } from '../expression/value.ts';
import { isCalendarDate } from '../calendar-date.ts';
import { parseDecimal } from '../money/decimal.ts';
import type { ColumnField, FormDefinition, FormField, FormValues } from './form.ts';

function columnType(field: ColumnField): ExprType {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'select':
      return 'string';
    case 'number':
    case 'money':
    case 'date':
      return field.type;
  }
}

/**
 * The type a field has in expressions: a `user` field is its user id (`string`), or a list of
 * ids with `multiple`; a `department` field is the department id.
 */
export function fieldType(field: FormField): ExprType {
  if (field.type === 'user') return field.multiple ? { list: 'string' } : 'string';
  if (field.type === 'department') return 'string';
  if (field.type === 'table') {
    return {
      table: Object.fromEntries(field.columns.map((column) => [column.key, columnType(column)])),
    };
  }
  if (field.type === 'computed') return field.valueType;

  return columnType(field);
}

/**
 * The names an expression over this form may use: each field by key, with its type. Tables
 * are read by column (`items.amount`); a computed field has its `valueType`.
 */
export function formScope(form: FormDefinition): ExpressionScope {
  return { fields: Object.fromEntries(form.fields.map((field) => [field.key, fieldType(field)])) };
}

function scalarValue(type: ExprType, raw: unknown): Value {
  if (type === 'number' || type === 'money')
    return typeof raw === 'string' ? parseDecimal(raw) : null;
  if (type === 'date') return typeof raw === 'string' && isCalendarDate(raw) ? raw : null;
  if (type === 'string') return typeof raw === 'string' && raw.trim() !== '' ? raw : null;
  if (typeof type === 'object' && 'list' in type && Array.isArray(raw)) {
    return raw.map((item: unknown) => scalarValue(type.list, item));
  }

  return null;
}

function tableValue(columns: Readonly<Record<string, ExprType>>, raw: unknown): Value {
  if (!Array.isArray(raw)) return null;
  const rows = raw.map((row: unknown) => {
    // Only own keys are read below, so any object is safe to index.
    const record = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};

    return Object.fromEntries(
      Object.entries(columns).map(([key, type]) => [
        key,
        Object.hasOwn(record, key) ? scalarValue(type, record[key]) : null,
      ]),
    );
  });

  return { rows };
}

/**
 * Form values as the evaluator sees them: decimals for numbers and money, strings for text and
 * dates, tables as rows. Anything missing, blank or not readable as its type is empty (`null`).
 */
export function formEnvironment(form: FormDefinition, values: FormValues): Record<string, Value> {
  const env: Record<string, Value> = {};
  for (const field of form.fields) {
    const raw = Object.hasOwn(values, field.key) ? values[field.key] : undefined;
    const type = fieldType(field);
    env[field.key] =
      typeof type === 'object' && 'table' in type
        ? tableValue(type.table, raw)
        : scalarValue(type, raw);
  }

  return env;
}
