import { checkExpression } from '../expression/check-expression.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue, placeExpressionIssue } from '../issue-factory.ts';
import { phrase } from '../messages.ts';
import { parseDecimal } from '../money/decimal.ts';
import { computedOrder } from './computed.ts';
import { checkFieldValue } from './field-value.ts';
import type { ColumnField, FormDefinition, FormField } from './form.ts';
import { fieldLabel } from './labels.ts';
import { formScope } from './scope.ts';

type Place = {
  readonly at: IssuePath;
  readonly locale: Locale;
  readonly issues: ValidationIssue[];
};

function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });

  return repeated;
}

function checkBounds(field: FormField | ColumnField, place: Place): void {
  if (field.type !== 'number' && field.type !== 'money') return;
  const { min, max } = field.validation;
  const low = min === undefined ? null : parseDecimal(min);
  const high = max === undefined ? null : parseDecimal(max);
  if (low && high && low.gt(high)) {
    const params = { field: fieldLabel(field, place.locale), min: min ?? '', max: max ?? '' };
    place.issues.push(
      createIssue('form.field.min-above-max', params, {
        path: [...place.at, 'validation'],
        locale: place.locale,
      }),
    );
  }
}

function checkDefault(field: FormField | ColumnField, place: Place): void {
  if (!('default' in field) || field.type === 'date' || field.default === undefined) return;
  const label = fieldLabel(field, place.locale);
  const path = [...place.at, 'default'];
  const result = checkFieldValue({ ...field, required: false }, field.default, {
    path,
    label,
    locale: place.locale,
  });
  for (const issue of result.issues) {
    const params = { field: label, detail: issue.message };
    place.issues.push(
      createIssue('form.field.bad-default', params, { path, locale: place.locale }),
    );
  }
}

function checkParts(field: FormField | ColumnField, place: Place): void {
  const label = fieldLabel(field, place.locale);
  const { locale, issues } = place;
  if (field.type === 'table') {
    for (const index of duplicates(field.columns, (column) => column.key)) {
      const params = { field: label, key: field.columns[index]?.key ?? '' };
      issues.push(
        createIssue('form.column.duplicate', params, {
          path: [...place.at, 'columns', index, 'key'],
          locale,
        }),
      );
    }
    if (field.minRows > field.maxRows) {
      const params = { field: label, min: field.minRows, max: field.maxRows };
      issues.push(
        createIssue('form.table.rows-min-above-max', params, {
          path: [...place.at, 'minRows'],
          locale,
        }),
      );
    }
    field.columns.forEach((column, index) =>
      checkField(column, { ...place, at: [...place.at, 'columns', index] }),
    );
  }
  if (field.type === 'select') {
    for (const index of duplicates(field.options, (option) => option.value)) {
      const params = { field: label, value: field.options[index]?.value ?? '' };
      issues.push(
        createIssue('form.option.duplicate', params, {
          path: [...place.at, 'options', index, 'value'],
          locale,
        }),
      );
    }
  }
}

function checkField(field: FormField | ColumnField, place: Place): void {
  checkBounds(field, place);
  checkDefault(field, place);
  checkParts(field, place);
}

function checkFormula(field: FormField, form: FormDefinition, place: Place): void {
  if (field.type !== 'computed') return;
  const { locale } = place;
  const check = checkExpression(field.formula, formScope(form), { expected: 'number', locale });
  const prefix = `${phrase('where.formula', { field: fieldLabel(field, locale) }, locale)}: `;
  for (const issue of check.issues) {
    place.issues.push(
      placeExpressionIssue(issue, { path: [...place.at, 'formula'], locale, prefix }),
    );
  }
}

function checkCycles(form: FormDefinition, place: Place): void {
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
 * Static checks of a form definition: duplicate field keys, duplicate table columns and
 * options, bounds and defaults that contradict each other, formulas that do not parse or
 * type-check (unknown fields named, with `start`/`end` in the formula) and computed fields that
 * depend on themselves. `path` is put before every issue path (`['form']` inside a bundle).
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
    issues.push(
      createIssue('form.key.duplicate', params, {
        path: [...base, 'fields', index, 'key'],
        locale,
      }),
    );
  }
  form.fields.forEach((field, index) => {
    const place = { at: [...base, 'fields', index], locale, issues };
    checkField(field, place);
    checkFormula(field, form, place);
  });
  checkCycles(form, { at: base, locale, issues });

  return issues;
}
