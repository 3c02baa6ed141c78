import { excerpt } from '../excerpt.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { createIssue } from '../issue-factory.ts';
import type { AccessMap } from './access.ts';
import { MAX_INTEGER_DIGITS } from './decimal-value.ts';
import { checkFieldValue } from './field-value.ts';
import type { FormDefinition, FormField, FormValues } from './form.ts';
import { fieldLabel } from './labels.ts';
import { computedMismatch } from './mismatch.ts';
import { capIssues } from './issue-cap.ts';
import { type Recomputed, computeValues, recomputeFields } from './recompute.ts';
import { type FieldRuleState, type RuleOptions, applyFieldRules } from './rules.ts';
import { isScopedField } from './scope.ts';
import { checkTableValue } from './table-value.ts';
import { isRecord } from './value-issue.ts';

export { recomputeFields } from './recompute.ts';

export type FormValidation = { readonly values: FormValues; readonly issues: ValidationIssue[] };
/** Options of `validateFormValues`: the linkage rule options and the messages' language. */
export type ValidateOptions = RuleOptions & {
  readonly locale?: Locale | undefined;
  /**
   * The writer's field access at the step they act at (`fieldAccessAt`). A field is required
   * of them only where it is `edit` (whoever may edit it fills it); a computed field they may
   * not read is worked out without quoting its value. Without it every field counts as
   * editable and readable.
   */
  readonly access?: AccessMap | undefined;
};

type Run = {
  readonly form: FormDefinition;
  readonly submitted: Record<string, unknown>;
  readonly locale: Locale;
  readonly issues: ValidationIssue[];
  readonly access: AccessMap | undefined;
};

/** Whether the writer may edit the field (no access given: every field). */
function editable(run: Run, key: string): boolean {
  return run.access === undefined || run.access[key] === 'edit';
}

/** Whether the writer may read the field (no access given: every field). */
function readable(run: Run, key: string): boolean {
  return run.access === undefined || (run.access[key] ?? 'hidden') !== 'hidden';
}

/** Keys the form does not know, and values given to fields that only show text. */
function keyIssues(run: Run): Record<string, unknown> {
  const { form, submitted, locale } = run;
  const byKey = new Map(form.fields.map((field) => [field.key, field]));
  const accepted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(submitted)) {
    const field = byKey.get(key);
    const place = { path: [key], locale };
    if (!field) run.issues.push(createIssue('form.field.unknown', { key: excerpt(key) }, place));
    else if (!isScopedField(field)) {
      const params = { field: fieldLabel(field, locale) };
      if (value !== undefined) run.issues.push(createIssue('form.field.no-value', params, place));
    } else accepted[key] = value;
  }

  return accepted;
}

function checkOne(field: FormField, raw: unknown, run: Run, required: boolean) {
  const { locale } = run;
  if (field.type === 'table') {
    return checkTableValue(field, raw, { locale, required, editable: editable(run, field.key) });
  }
  if (field.type === 'computed' || !isScopedField(field)) return { issues: [] };
  const ctx = { path: [field.key], label: fieldLabel(field, locale), locale };

  return checkFieldValue({ ...field, required }, raw, ctx);
}

/** Each shown field's value checked and normalized; disabled fields at their kept value. */
function normalizedValues(run: Run, state: FieldRuleState): FormValues {
  const normalized: FormValues = {};
  const seen = new Set<string>();
  for (const field of run.form.fields) {
    if (seen.has(field.key) || state.hidden.includes(field.key)) continue;
    seen.add(field.key);
    const disabled = state.disabled.includes(field.key);
    const source = disabled ? state.values : run.submitted;
    const raw = Object.hasOwn(source, field.key) ? source[field.key] : undefined;
    const required = state.required.includes(field.key) && editable(run, field.key);
    const result = checkOne(field, raw, run, required);
    run.issues.push(...result.issues);
    if (result.value !== undefined) normalized[field.key] = result.value;
  }

  return normalized;
}

/** A computed result too large to keep; named and quoted only to a writer who may read it. */
function tooLargeIssue(run: Run, found: Recomputed['tooLarge'][number]): ValidationIssue {
  const { locale } = run;
  const max = MAX_INTEGER_DIGITS;
  if (!readable(run, found.field.key))
    return createIssue('form.computed.too-large-unseen', { max }, { path: [], locale });
  const params = { field: fieldLabel(found.field, locale), value: excerpt(found.value), max };

  return createIssue('form.value.too-large', params, { path: [found.field.key], locale });
}

/**
 * Computed fields: too large, or submitted with a value that differs from the result (not
 * reported for a field the writer may not read: it is worked out again all the same).
 */
function computedIssues(run: Run, computed: Recomputed, hidden: readonly string[]) {
  const { locale } = run;
  const tooLarge = new Set(computed.tooLarge.map(({ field }) => field.key));
  for (const found of computed.tooLarge) run.issues.push(tooLargeIssue(run, found));
  for (const field of run.form.fields) {
    const skipped = hidden.includes(field.key) || tooLarge.has(field.key);
    if (field.type !== 'computed' || skipped || !readable(run, field.key)) continue;
    const ctx = { path: [field.key], label: fieldLabel(field, locale), locale };
    const issue = computedMismatch(run.submitted[field.key], computed.values[field.key], ctx);
    if (issue) run.issues.push(issue);
  }
}

/**
 * Checks submitted values against a form and returns them normalized, with every issue found.
 * The server is the judge and the browser runs the same code. First the linkage rules
 * (`applyFieldRules`): a field hidden by a rule is dropped without a word, `requiredWhen`
 * makes a field required, a disabled field keeps `options.previous[key]` (its default on a
 * new request) whatever was sent. Then each shown field is checked by its type (see
 * `checkFieldValue`, `checkTableValue`): numbers, money and percentages as decimal strings
 * (`"12345.60"`, not `12345.6`, not `"12,345.60"`) within places and bounds, dates as real days
 * `YYYY-MM-DD`, and so on. Unknown keys are refused, and so is a value for a description or
 * section. Last, every formula is worked out again: an absent computed value is filled in, a
 * submitted one that differs is `form.computed.mismatch`, one beyond 18 digits before the
 * point is `form.value.too-large`. Messages repeat at most 40 characters of a submitted value
 * or key, and at most 100 issues are listed (`capIssues`). Missing optional values are left
 * out of `values`. With `options.access` the writer is held only to what they may edit and
 * told nothing of what they may not read (see `ValidateOptions`).
 */
export function validateFormValues(
  form: FormDefinition,
  values: unknown,
  options: ValidateOptions = {},
): FormValidation {
  const locale = options.locale ?? 'en';
  if (!isRecord(values)) {
    return {
      values: recomputeFields(form, {}, options),
      issues: [createIssue('form.values.not-object', {}, { path: [], locale })],
    };
  }
  const run: Run = { form, submitted: values, locale, issues: [], access: options.access };
  const accepted = keyIssues(run);
  const state = applyFieldRules(form, accepted, options);
  const computed = computeValues(form, normalizedValues(run, state), options);
  computedIssues(run, computed, state.hidden);
  const out: FormValues = { ...computed.values };
  for (const key of state.hidden) delete out[key];

  return { values: out, issues: capIssues(run.issues, locale) };
}
