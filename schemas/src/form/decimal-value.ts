import { decimalToString, parseDecimal } from '../money/decimal.ts';
import type { ColumnField } from './form.ts';
import {
  type FieldContext,
  type FieldResult,
  accept,
  describeValue,
  refuse,
} from './value-issue.ts';

/** A field whose value is a decimal string with a number of places and optional bounds. */
export type DecimalField = Extract<ColumnField, { type: 'number' | 'money' | 'percentage' }>;

/** Most digits before the point a number or money value may have. */
export const MAX_INTEGER_DIGITS = 18;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Digits before the point of a plain decimal string, leading zeros left out: `"-007.5"` → 1. */
export function integerDigits(text: string): number {
  const point = text.indexOf('.');
  const whole = (point < 0 ? text : text.slice(0, point)).replace(/^-/, '');

  return whole.replace(/^0+(?=\d)/, '').length;
}

/** Places of a fraction's digits without its trailing zeros (a loop: no regex backtracking). */
function significantPlaces(fraction: string): number {
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === '0') end -= 1;

  return end;
}

/**
 * Checks a number, money or percentage value. Reads the digits of the text before any
 * arithmetic, so a value of any length is judged by its shape (too many digits, too many
 * places) and only a short, normalized one is parsed. The value comes back with exactly the
 * field's places: `"12.5"` in a money field is `"12.50"`.
 */
export function checkDecimal(field: DecimalField, raw: unknown, ctx: FieldContext): FieldResult {
  if (typeof raw === 'number') return refuse('form.value.number-not-string', {}, ctx);
  const text = typeof raw === 'string' ? raw.trim() : '';
  const plain = PLAIN.exec(text);
  const value = describeValue(typeof raw === 'string' ? text : raw);
  if (!plain) {
    const grouped = typeof raw === 'string' && GROUPED.test(text);

    return refuse(grouped ? 'form.value.grouping' : 'form.value.not-decimal', { value }, ctx);
  }
  if (integerDigits(text) > MAX_INTEGER_DIGITS)
    return refuse('form.value.too-large', { value, max: MAX_INTEGER_DIGITS }, ctx);
  const { decimals, min, max } = field.validation;
  const [, sign = '', whole = '0', fraction = ''] = plain;
  const places = significantPlaces(fraction);
  if (places > decimals)
    return refuse('form.value.too-many-decimals', { decimals, value, actual: places }, ctx);
  const decimal = parseDecimal(
    `${sign}${whole.replace(/^0+(?=\d)/, '')}.${fraction.slice(0, places) || '0'}`,
  );
  if (!decimal) return refuse('form.value.not-decimal', { value }, ctx);
  if (min !== undefined && decimal.lt(min)) return refuse('form.value.below-min', { min }, ctx);
  if (max !== undefined && decimal.gt(max)) return refuse('form.value.above-max', { max }, ctx);

  return accept(decimalToString(decimal, decimals));
}
