import { isCalendarDate } from '../calendar-date.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import type { IssueCode, MessageParams } from '../messages.ts';
import { decimalPlaces, decimalToString, isDecimalString, parseDecimal } from '../money/decimal.ts';
import type { ColumnField } from './form.ts';

/** Most digits before the point a number or money value may have. */
export const MAX_INTEGER_DIGITS = 18;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

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

function checkDecimal(
  field: Extract<ColumnField, { type: 'number' | 'money' }>,
  raw: unknown,
  ctx: FieldContext,
) {
  if (typeof raw === 'number') return refuse('form.value.number-not-string', {}, ctx);
  if (typeof raw !== 'string')
    return refuse('form.value.not-decimal', { value: JSON.stringify(raw) ?? '' }, ctx);
  const text = raw.trim();
  if (GROUPED.test(text)) return refuse('form.value.grouping', { value: text }, ctx);
  const value = isDecimalString(text) ? parseDecimal(text) : null;
  if (!value) return refuse('form.value.not-decimal', { value: text }, ctx);
  if (value.abs().trunc().toFixed().length > MAX_INTEGER_DIGITS) {
    return refuse('form.value.too-large', { value: text, max: MAX_INTEGER_DIGITS }, ctx);
  }
  const { decimals, min, max } = field.validation;
  const places = decimalPlaces(value);
  if (places > decimals)
    return refuse('form.value.too-many-decimals', { decimals, value: text, actual: places }, ctx);
  if (min !== undefined && value.lt(min)) return refuse('form.value.below-min', { min }, ctx);
  if (max !== undefined && value.gt(max)) return refuse('form.value.above-max', { max }, ctx);

  return { value: decimalToString(value, decimals), issues: [] };
}

function checkChoice(
  field: Extract<ColumnField, { type: 'select' }>,
  raw: unknown,
  ctx: FieldContext,
) {
  const values = field.options.map((option) => option.value);
  if (typeof raw === 'string' && values.includes(raw)) return { value: raw, issues: [] };
  const value = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? '');

  return refuse('form.value.not-option', { value, options: values.join(', ') }, ctx);
}

/**
 * Checks one value of a non-table field (or a table cell) and normalizes it: money and numbers
 * become decimal strings with exactly the field's places. A missing value gives no value, and
 * an issue only when the field is required.
 */
export function checkFieldValue(field: ColumnField, raw: unknown, ctx: FieldContext): FieldResult {
  if (isMissing(raw))
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

      return refuse(
        'form.value.not-date',
        { value: typeof raw === 'string' ? raw : String(raw) },
        ctx,
      );
    case 'select':
      return checkChoice(field, raw, ctx);
  }
}
