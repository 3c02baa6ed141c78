import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import { excerpt } from '../excerpt.ts';
import { checkFieldValue } from './field-value.ts';
import { cellLabel, fieldLabel } from './labels.ts';
import { computedMismatch } from './mismatch.ts';
import { type TableField, computeRows } from './row-formulas.ts';
import { type FieldResult, isMissing, isRecord } from './value-issue.ts';

type Row = Record<string, unknown>;
type Place = { readonly row: number; readonly locale: Locale };

function cellContext(field: TableField, key: string, place: Place) {
  const column = field.columns.find((candidate) => candidate.key === key);
  const label = column
    ? cellLabel({ table: field, row: place.row, column, locale: place.locale })
    : key;

  return { path: [field.key, place.row, key], label, locale: place.locale };
}

function checkRow(field: TableField, raw: unknown, place: Place) {
  const { row, locale } = place;
  const path: IssuePath = [field.key, row];
  const label = fieldLabel(field, locale);
  if (!isRecord(raw)) {
    const params = { field: label, row: row + 1 };

    return {
      row: {},
      issues: [createIssue('form.table.row-not-object', params, { path, locale })],
    };
  }
  const issues: ValidationIssue[] = [];
  const known = new Set(field.columns.map((column) => column.key));
  for (const key of Object.keys(raw)) {
    if (known.has(key)) continue;
    const params = { field: label, row: row + 1, key: excerpt(key) };
    issues.push(createIssue('form.table.unknown-column', params, { path: [...path, key], locale }));
  }
  const normalized: Row = {};
  for (const column of field.columns) {
    if (column.type === 'computed') continue;
    const value = Object.hasOwn(raw, column.key) ? raw[column.key] : undefined;
    const result = checkFieldValue(column, value, cellContext(field, column.key, place));
    issues.push(...result.issues);
    if (result.value !== undefined) normalized[column.key] = result.value;
  }

  return { row: normalized, issues };
}

/** Issues of submitted computed cells that differ from the recomputed ones. */
function mismatches(
  field: TableField,
  submitted: readonly unknown[],
  computed: readonly unknown[],
  locale: Locale,
) {
  const issues: ValidationIssue[] = [];
  computed.forEach((row, index) => {
    const given = submitted[index];
    if (!isRecord(given) || !isRecord(row)) return;
    for (const column of field.columns) {
      if (column.type !== 'computed' || !Object.hasOwn(given, column.key)) continue;
      const ctx = cellContext(field, column.key, { row: index, locale });
      const issue = computedMismatch(given[column.key], row[column.key], ctx);
      if (issue) issues.push(issue);
    }
  });

  return issues;
}

type RowCountOptions = { locale: Locale; required: boolean; editable: boolean };

function rowCountIssues(field: TableField, count: number, options: RowCountOptions) {
  const { locale } = options;
  const place = { path: [field.key], locale };
  const label = fieldLabel(field, locale);
  const issues: ValidationIssue[] = [];
  if (options.required && count === 0) {
    issues.push(createIssue('form.value.required', { field: label }, place));
  } else if (count < field.minRows && options.editable) {
    issues.push(
      createIssue('form.table.too-few-rows', { field: label, min: field.minRows }, place),
    );
  }
  if (count > field.maxRows) {
    issues.push(
      createIssue('form.table.too-many-rows', { field: label, max: field.maxRows }, place),
    );
  }

  return issues;
}

/**
 * Checks a line-item table: a list of row objects within the row limits, each cell checked as
 * its column's field, computed columns worked out per row (a submitted computed cell that
 * differs is `form.computed.mismatch` at `[table, row, column]`). Rows past `maxRows` are not
 * looked at (the count is reported). `required` defaults to the field's own; `editable: false`
 * (the writer may not change the table) does not hold it to `minRows` either: whoever may
 * edit it is.
 */
export function checkTableValue(
  field: TableField,
  raw: unknown,
  options: { locale?: Locale; required?: boolean; editable?: boolean } = {},
): FieldResult & { readonly value: unknown[] } {
  const locale = options.locale ?? 'en';
  const rows: unknown = isMissing(raw) ? [] : raw;
  if (!Array.isArray(rows)) {
    const params = { field: fieldLabel(field, locale) };

    return {
      value: [],
      issues: [createIssue('form.table.not-list', params, { path: [field.key], locale })],
    };
  }
  const required = options.required ?? field.required;
  const editable = options.editable ?? true;
  const issues = rowCountIssues(field, rows.length, { locale, required, editable });
  const submitted = rows.slice(0, field.maxRows);
  const normalized = submitted.map((row: unknown, index) => {
    const checked = checkRow(field, row, { row: index, locale });
    issues.push(...checked.issues);

    return checked.row;
  });
  const computed = computeRows(field, normalized);
  issues.push(...mismatches(field, submitted, computed, locale));

  return { value: computed, issues };
}
