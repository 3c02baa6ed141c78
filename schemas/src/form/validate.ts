import { BatonError } from '../errors.ts';
import { excerpt } from '../excerpt.ts';
import { evaluateFormula } from '../expression/with-form.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { createIssue } from '../issue-factory.ts';
import { roundHalfUp } from '../money/decimal.ts';
import { type ComputedField, computedOrder } from './computed.ts';
import { MAX_INTEGER_DIGITS, checkFieldValue, integerDigits } from './field-value.ts';
import type { FormDefinition, FormValues } from './form.ts';
import { fieldLabel } from './labels.ts';
import { checkTableValue } from './table-value.ts';

export type FormValidation = { readonly values: FormValues; readonly issues: ValidationIssue[] };

/**
 * Fills every computed field from its formula over `values`, rounded half-up to its places.
 * Whatever was there before is replaced: a computed value is never taken from the client.
 * A formula that gives no value (a missing operand) leaves the field out, and so does one that
 * gives more than 18 digits before the point, the limit of typed values (`validateFormValues`
 * reports it as `form.value.too-large`).
 */
export function recomputeFields(form: FormDefinition, values: FormValues): FormValues {
  return computeFields(form, values).values;
}

function computeFields(form: FormDefinition, values: FormValues) {
  const out: FormValues = { ...values };
  const tooLarge: Array<{ field: ComputedField; value: string }> = [];
  const { order, cyclic } = computedOrder(form);
  for (const key of cyclic) delete out[key];
  for (const field of order) {
    delete out[field.key];
    const result = formulaValue(field.formula, out, form);
    if (result === null) continue;
    const value = roundHalfUp(result, field.decimals);
    if (integerDigits(value) > MAX_INTEGER_DIGITS) tooLarge.push({ field, value });
    else out[field.key] = value;
  }

  return { values: out, tooLarge };
}

function tooLargeIssues(computed: ReturnType<typeof computeFields>, locale: Locale) {
  return computed.tooLarge.map(({ field, value }) => {
    const params = {
      field: fieldLabel(field, locale),
      value: excerpt(value),
      max: MAX_INTEGER_DIGITS,
    };

    return createIssue('form.value.too-large', params, { path: [field.key], locale });
  });
}

function formulaValue(formula: string, values: FormValues, form: FormDefinition): string | null {
  try {
    return evaluateFormula(formula, values, form);
  } catch (error) {
    // A formula that does not check is reported by `checkForm`; the field stays empty here.
    if (error instanceof BatonError && error.code === 'expression.invalid') return null;
    throw error;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks submitted values against a form and returns them normalized, with every issue found.
 * The server is the judge: unknown keys are refused, numbers and money must be decimal strings
 * (`"12345.60"`, not `12345.6`, not `"12,345.60"`) within the field's places and bounds and
 * come back with exactly those places, dates must be real days `YYYY-MM-DD`, selections one of
 * the options, and computed fields are recomputed (a submitted one is replaced, not trusted;
 * one beyond 18 digits before the point is `form.value.too-large` on that field). Messages
 * repeat at most 40 characters of a submitted value or key.
 * Missing optional values are left out of `values`.
 */
export function validateFormValues(
  form: FormDefinition,
  values: unknown,
  options: { locale?: Locale } = {},
): FormValidation {
  const locale = options.locale ?? 'en';
  if (!isRecord(values)) {
    return {
      values: recomputeFields(form, {}),
      issues: [createIssue('form.values.not-object', {}, { path: [], locale })],
    };
  }
  const issues: ValidationIssue[] = [];
  const known = new Set(form.fields.map((field) => field.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key))
      issues.push(
        createIssue('form.field.unknown', { key: excerpt(key) }, { path: [key], locale }),
      );
  }
  const normalized: FormValues = {};
  for (const field of form.fields) {
    if (field.type === 'computed' || Object.hasOwn(normalized, field.key)) continue;
    const raw = Object.hasOwn(values, field.key) ? values[field.key] : undefined;
    const result =
      field.type === 'table'
        ? checkTableValue(field, raw, locale)
        : checkFieldValue(field, raw, {
            path: [field.key],
            label: fieldLabel(field, locale),
            locale,
          });
    issues.push(...result.issues);
    if (result.value !== undefined) normalized[field.key] = result.value;
  }

  const computed = computeFields(form, normalized);

  return { values: computed.values, issues: [...issues, ...tooLargeIssues(computed, locale)] };
}
