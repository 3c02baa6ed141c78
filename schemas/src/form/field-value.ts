import { isCalendarDate } from '../calendar-date.ts';
import { excerpt } from '../excerpt.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import type { IssueCode, MessageParams } from '../messages.ts';
import { decimalToString, parseDecimal } from '../money/decimal.ts';
import type { ColumnField, FormField } from './form.ts';
import { checkReferenceValue } from './reference-value.ts';

/** A field holding one value (or a list of ids): every type but tables and computed fields. */
export type ValueField = Exclude<FormField, { type: 'table' | 'computed' }>;

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
 * A submitted value as messages may repeat it: text cut to 40 characters, other JSON values
 * named by their shape, never serialized whole (a huge or deeply nested value stays out).
 */
export function describeValue(raw: unknown): string {
  if (typeof raw === 'string') return excerpt(raw);
  if (Array.isArray(raw)) return '[…]';
  if (typeof raw === 'object' && raw !== null) return '{…}';

  return excerpt(String(raw));
}

export type FieldContext = {
  readonly path: IssuePath;
  readonly label: string;
  readonly locale: Locale;
};
/** A checked value: `value` is the normalized one, absent when the input was empty or refused. */
export type FieldResult = { readonly value?: unknown; readonly issues: ValidationIssue[] };

function refuse(code: IssueCode, params: MessageParams, ctx: FieldContext): FieldResult {
  return { issues: [createIssue(code, { field: ctx.label, ...params }, ctx)] };
}

/** Missing: absent, null, or text that is blank. */
export function isMissing(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function checkText(
  field: Extract<ColumnField, { type: 'text' | 'textarea' }>,
  raw: unknown,
  ctx: FieldContext,
) {
  if (typeof raw !== 'string') return refuse('form.value.not-string', {}, ctx);
  const length = [...raw].length;
  const { minLength, maxLength } = field.validation;
  if (minLength !== undefined && length < minLength)
    return refuse('form.value.too-short', { min: minLength }, ctx);
  if (maxLength !== undefined && length > maxLength)
    return refuse('form.value.too-long', { max: maxLength }, ctx);

  return { value: raw, issues: [] };
}

/**
 * Reads the digits of the text before any arithmetic, so a value of any length is judged by its
 * shape (too many digits, too many places) and only a short, normalized one is parsed.
 */
function checkDecimal(
  field: Extract<ColumnField, { type: 'number' | 'money' }>,
  raw: unknown,
  ctx: FieldContext,
) {
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

  return { value: decimalToString(decimal, decimals), issues: [] };
}

function checkChoice(
  field: Extract<ColumnField, { type: 'select' }>,
  raw: unknown,
  ctx: FieldContext,
) {
  const values = field.options.map((option) => option.value);
  if (typeof raw === 'string' && values.includes(raw)) return { value: raw, issues: [] };
  const params = { value: describeValue(raw), options: values.join(', ') };

  return refuse('form.value.not-option', params, ctx);
}

/**
 * Checks one value of a non-table field (or a table cell) and normalizes it: money and numbers
 * become decimal strings with exactly the field's places; `user` and `department` values are id
 * strings (a list of ids for a `user` field with `multiple`, where an empty list is missing). A
 * missing value gives no value, and an issue only when the field is required.
 */
export function checkFieldValue(field: ValueField, raw: unknown, ctx: FieldContext): FieldResult {
  const emptyList = Array.isArray(raw) && raw.length === 0 && field.type === 'user';
  if (isMissing(raw) || emptyList)
    return field.required ? refuse('form.value.required', {}, ctx) : { issues: [] };
  switch (field.type) {
    case 'text':
    case 'textarea':
      return checkText(field, raw, ctx);
    case 'number':
    case 'money':
      return checkDecimal(field, raw, ctx);
    case 'date':
      if (typeof raw === 'string' && isCalendarDate(raw)) return { value: raw, issues: [] };

      return refuse('form.value.not-date', { value: describeValue(raw) }, ctx);
    case 'select':
      return checkChoice(field, raw, ctx);
    case 'user':
    case 'department':
      return checkReferenceValue(field, raw, ctx);
  }
}
