import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import { checkFieldExpressions } from './check-expressions.ts';
import { checkFieldSettings, duplicates } from './check-field.ts';
import { computedOrder } from './computed.ts';
import type { FormDefinition } from './form.ts';
import type { FieldPlace } from './form-place.ts';
import { fieldLabel } from './labels.ts';

function checkCycles(form: FormDefinition, place: FieldPlace): void {
  const { cyclic } = computedOrder(form);
  if (cyclic.length === 0) return;
  const cycle = cyclic.join(' → ');
  form.fields.forEach((field, index) => {
    if (field.type !== 'computed' || !cyclic.includes(field.key)) return;
    const params = { field: fieldLabel(field, place.locale), cycle };
    const path = [...place.at, 'fields', index, 'formula'];
    place.issues.push(createIssue('form.computed.cycle', params, { path, locale: place.locale }));
  });
}

/**
 * Static checks of a form definition: duplicate field keys, columns and options; settings that
 * contradict each other (bounds, defaults, item and row counts); text patterns outside the
 * safe subset; formulas, linkage rules and row formulas that do not parse or type-check
 * (unknown fields named, with `start`/`end` in the expression); computed fields that depend on
 * themselves. `path` is put before every issue path (`['form']` inside a bundle).
 */
export function checkForm(
  form: FormDefinition,
  options: { locale?: Locale; path?: IssuePath } = {},
): ValidationIssue[] {
  const locale = options.locale ?? 'en';
  const base = options.path ?? [];
  const issues: ValidationIssue[] = [];
  for (const index of duplicates(form.fields, (field) => field.key)) {
    const params = { key: form.fields[index]?.key ?? '' };
    const path = [...base, 'fields', index, 'key'];
    issues.push(createIssue('form.key.duplicate', params, { path, locale }));
  }
  form.fields.forEach((field, index) => {
    const place = { at: [...base, 'fields', index], locale, issues };
    checkFieldSettings(field, place);
    checkFieldExpressions(field, form, place);
  });
  checkCycles(form, { at: base, locale, issues });

  return issues;
}
