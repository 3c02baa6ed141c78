import type { Decimal } from 'decimal.js';
import { Dec } from '../money/decimal.ts';

/** A table at run time: its rows, each keyed by column. */
export type TableValue = { readonly rows: readonly Readonly<Record<string, Value>>[] };

/**
 * A value during evaluation. `null` is the empty value: a missing field, an empty text, a
 * number that could not be read, the result of arithmetic on an empty value or of a division
 * by zero, and the "unknown" outcome of a comparison involving an empty value.
 */
export type Value = Decimal | string | boolean | null | readonly Value[] | TableValue;

export function isDecimal(value: Value): value is Decimal {
  return Dec.isDecimal(value);
}

export function isTableValue(value: Value): value is TableValue {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isDecimal(value);
}

export function isListValue(value: Value): value is readonly Value[] {
  return Array.isArray(value);
}

/** Empty: null, blank text, an empty list or a table without rows. */
export function isEmptyValue(value: Value): boolean {
  if (value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (isListValue(value)) return value.length === 0;
  if (isTableValue(value)) return value.rows.length === 0;

  return false;
}
