import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import { excerpt } from '../excerpt.ts';
import { checkFieldValue, isMissing } from './field-value.ts';
import type { FormField } from './form.ts';
import { cellLabel, fieldLabel } from './labels.ts';

export type TableField = Extract<FormField, { type: 'table' }>;
type Row = Record<string, unknown>;

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkRow(field: TableField, raw: unknown, place: { row: number; locale: Locale }) {
  const { row, locale } = place;
  const path: IssuePath = [field.key, row];
  const label = fieldLabel(field, locale);
  if (!isRecord(raw)) {
    return {
      row: {},
      issues: [
        createIssue('form.table.row-not-object', { field: label, row: row + 1 }, { path, locale }),
      ],
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
    const value = Object.hasOwn(raw, column.key) ? raw[column.key] : undefined;
    const ctx = {
      path: [...path, column.key],
      label: cellLabel({ table: field, row, column, locale }),
      locale,
    };
    const result = checkFieldValue(column, value, ctx);
    issues.push(...result.issues);
    if (result.value !== undefined) normalized[column.key] = result.value;
  }

  return { row: normalized, issues };
}

/**
 * Checks a line-item table: a list of row objects within the row limits, each cell checked as
 * its column's field. Rows past `maxRows` are not looked at (the count is reported).
 */
export function checkTableValue(field: TableField, raw: unknown, locale: Locale) {
  const label = fieldLabel(field, locale);
  const path: IssuePath = [field.key];
  if (isMissing(raw)) raw = [];
  if (!Array.isArray(raw)) {
    return {
      value: [],
      issues: [createIssue('form.table.not-list', { field: label }, { path, locale })],
    };
  }
  const issues: ValidationIssue[] = [];
  if (field.required && raw.length === 0) {
    issues.push(createIssue('form.value.required', { field: label }, { path, locale }));
  } else if (raw.length < field.minRows) {
    issues.push(
      createIssue(
        'form.table.too-few-rows',
        { field: label, min: field.minRows },
        { path, locale },
      ),
    );
  }
  if (raw.length > field.maxRows) {
    issues.push(
      createIssue(
        'form.table.too-many-rows',
        { field: label, max: field.maxRows },
        { path, locale },
      ),
    );
  }
  const rows = raw.slice(0, field.maxRows).map((row: unknown, index) => {
    const checked = checkRow(field, row, { row: index, locale });
    issues.push(...checked.issues);

    return checked.row;
  });

  return { value: rows, issues };
}
