import { createIssue } from '../issue-factory.ts';
import { type IssueCode, type MessageParams, phrase } from '../messages.ts';
import { parseDecimal } from '../money/decimal.ts';
import { checkFieldValue } from './field-value.ts';
import type { ColumnField, FormField } from './form.ts';
import type { FieldPlace } from './form-place.ts';
import { fieldLabel } from './labels.ts';
import { compilePattern } from './pattern-match.ts';
import { parsePattern } from './pattern-parse.ts';

type AnyField = FormField | ColumnField;

/** Indexes of the items whose key was seen before. */
export function duplicates<T>(items: readonly T[], key: (item: T) => string): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) repeated.push(index);
    seen.add(value);
  });

  return repeated;
}

/** Reports an issue at `path` under the field. */
function issue(
  place: FieldPlace,
  code: IssueCode,
  params: MessageParams,
  path: readonly (string | number)[],
): void {
  const at = { path: [...place.at, ...path], locale: place.locale };
  place.issues.push(createIssue(code, params, at));
}

function checkBounds(field: AnyField, place: FieldPlace): void {
  const label = fieldLabel(field, place.locale);
  if (field.type === 'number' || field.type === 'money' || field.type === 'percentage') {
    const { min, max } = field.validation;
    const low = min === undefined ? null : parseDecimal(min);
    const high = max === undefined ? null : parseDecimal(max);
    if (low && high && low.gt(high))
      issue(place, 'form.field.min-above-max', { field: label, min: min ?? '', max: max ?? '' }, [
        'validation',
      ]);
  }
  if (field.type === 'text' || field.type === 'textarea') {
    const { minLength, maxLength } = field.validation;
    if (minLength !== undefined && maxLength !== undefined && minLength > maxLength)
      issue(place, 'form.length.min-above-max', { field: label, min: minLength, max: maxLength }, [
        'validation',
        'minLength',
      ]);
  }
  if (field.type === 'multiselect') {
    const { minItems, maxItems } = field.validation;
    if (minItems !== undefined && maxItems !== undefined && minItems > maxItems)
      issue(place, 'form.items.min-above-max', { field: label, min: minItems, max: maxItems }, [
        'validation',
        'minItems',
      ]);
  }
}

function checkDefault(field: AnyField, place: FieldPlace): void {
  if (!('default' in field) || field.type === 'date' || field.default === undefined) return;
  const label = fieldLabel(field, place.locale);
  const path = [...place.at, 'default'];
  const ctx = { path, label, locale: place.locale };
  for (const found of checkFieldValue({ ...field, required: false }, field.default, ctx).issues) {
    issue(place, 'form.field.bad-default', { field: label, detail: found.message }, ['default']);
  }
}

function checkPattern(field: AnyField, place: FieldPlace): void {
  if (field.type !== 'text' && field.type !== 'textarea') return;
  const source = field.validation.pattern;
  if (source === undefined) return;
  const parsed = parsePattern(source);
  const problem = parsed.ok ? (compilePattern(source) ? null : 'too-large') : parsed.problem;
  if (!problem) return;
  const index = parsed.ok ? 0 : parsed.index;
  const reason = phrase(`pattern-problem.${problem}`, {}, place.locale);
  const params = { field: fieldLabel(field, place.locale), reason, position: index + 1 };
  const at = {
    path: [...place.at, 'validation', 'pattern'],
    locale: place.locale,
    start: index,
    end: parsed.ok ? source.length : index + 1,
  };
  place.issues.push(createIssue('form.pattern.unsafe', params, at));
}

function checkOptions(field: AnyField, place: FieldPlace): void {
  if (field.type !== 'select' && field.type !== 'radio' && field.type !== 'multiselect') return;
  const label = fieldLabel(field, place.locale);
  for (const index of duplicates(field.options, (option) => option.value)) {
    const value = field.options[index]?.value ?? '';
    issue(place, 'form.option.duplicate', { field: label, value }, ['options', index, 'value']);
  }
}

function checkTable(field: AnyField, place: FieldPlace): void {
  if (field.type !== 'table') return;
  const label = fieldLabel(field, place.locale);
  for (const index of duplicates(field.columns, (column) => column.key)) {
    const key = field.columns[index]?.key ?? '';
    issue(place, 'form.column.duplicate', { field: label, key }, ['columns', index, 'key']);
  }
  if (field.minRows > field.maxRows)
    issue(
      place,
      'form.table.rows-min-above-max',
      { field: label, min: field.minRows, max: field.maxRows },
      ['minRows'],
    );
  field.columns.forEach((column, index) =>
    checkFieldSettings(column, { ...place, at: [...place.at, 'columns', index] }),
  );
}

/**
 * Checks the settings of one field or column that contradict each other: bounds (`min` above
 * `max`, `minItems` above `maxItems`, `minRows` above `maxRows`), a default its own validation
 * refuses, repeated options or columns, and a text pattern outside the safe subset (with its
 * position in the pattern as `start`/`end`).
 */
export function checkFieldSettings(field: AnyField, place: FieldPlace): void {
  checkBounds(field, place);
  checkDefault(field, place);
  checkPattern(field, place);
  checkOptions(field, place);
  checkTable(field, place);
}
