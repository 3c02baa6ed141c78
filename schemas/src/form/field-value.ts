import type { IssueCode } from '../messages.ts';
import { checkChoice, checkMultiChoice } from './choice-value.ts';
import { checkDecimal } from './decimal-value.ts';
import { checkFiles } from './file-value.ts';
import type { ColumnField, FormField } from './form.ts';
import { checkReferenceValue } from './reference-value.ts';
import { checkText } from './text-value.ts';
import { checkDate, checkDateRange, checkDateTime, isEmptyRange } from './time-value.ts';
import { type FieldContext, type FieldResult, accept, isMissing, refuse } from './value-issue.ts';

export { MAX_INTEGER_DIGITS, integerDigits } from './decimal-value.ts';
export { type FieldContext, type FieldResult, describeValue, isMissing } from './value-issue.ts';

/**
 * A field holding a value that people type or pick: every top-level type but tables, computed
 * fields, descriptions and sections, and every column type but computed columns.
 */
export type ValueField =
  | Exclude<FormField, { type: 'table' | 'computed' | 'description' | 'section' }>
  | Exclude<ColumnField, { type: 'computed' }>;

/** Longest master-data code (`remote`) and request id (`reference`). */
export const MAX_CODE_LENGTH = 100;
export const MAX_REQUEST_ID_LENGTH = 200;

/** Empty for its type: missing, or an empty list where the value is a list, or a blank range. */
export function isEmptyFieldValue(field: ValueField, raw: unknown): boolean {
  if (isMissing(raw)) return true;
  if (Array.isArray(raw) && raw.length === 0) return true;

  return field.type === 'dateRange' && isEmptyRange(raw);
}

function checkToken(raw: unknown, max: number, code: IssueCode, ctx: FieldContext): FieldResult {
  if (typeof raw === 'string' && raw.trim() === raw && raw.length <= max) return accept(raw);

  return refuse(code, { max }, ctx);
}

function checkPresent(field: ValueField, raw: unknown, ctx: FieldContext): FieldResult {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return checkText(field, raw, ctx);
    case 'number':
    case 'money':
    case 'percentage':
      return checkDecimal(field, raw, ctx);
    case 'date':
      return checkDate(raw, ctx);
    case 'datetime':
      return checkDateTime(raw, ctx);
    case 'dateRange':
      return checkDateRange(field, raw, ctx);
    case 'select':
    case 'radio':
      return checkChoice(field, raw, ctx);
    case 'multiselect':
      return checkMultiChoice(field, raw, ctx);
    case 'checkbox':
      if (typeof raw !== 'boolean') return refuse('form.value.not-boolean', {}, ctx);

      return !raw && field.required ? refuse('form.value.not-ticked', {}, ctx) : accept(raw);
    case 'user':
    case 'department':
      return checkReferenceValue(field, raw, ctx);
    case 'attachment':
    case 'image':
      return checkFiles(field, raw, ctx);
    case 'remote':
      return checkToken(raw, MAX_CODE_LENGTH, 'form.value.not-code', ctx);
    case 'reference':
      return checkToken(raw, MAX_REQUEST_ID_LENGTH, 'form.value.not-request-id', ctx);
  }
}

/**
 * Checks one value of a field (or a table cell) and normalizes it: numbers, money and
 * percentages become decimal strings with exactly the field's places, date-times UTC
 * `YYYY-MM-DDTHH:mm:ssZ`, multi-selections a list in the options' order. A missing value (or
 * an empty list, or a range with neither day) gives no value, and an issue only when the
 * field is required; a required checkbox must be `true`.
 */
export function checkFieldValue(field: ValueField, raw: unknown, ctx: FieldContext): FieldResult {
  if (isEmptyFieldValue(field, raw))
    return field.required ? refuse('form.value.required', {}, ctx) : { issues: [] };

  return checkPresent(field, raw, ctx);
}
