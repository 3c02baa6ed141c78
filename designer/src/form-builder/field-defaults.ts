import type { ColumnField, FieldType, FormField, I18nText } from '@baton/schemas';
import { isColumnType } from './field-types.ts';

const newLabel = { 'zh-CN': '新字段', en: 'New field' };
const firstOption = [{ value: 'option1', label: { 'zh-CN': '选项 1', en: 'Option 1' } }];

/** `amount`, `amount2`, …: the first key of the form `${base}${n}` not yet used. */
export function freeKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let counter = 2;
  while (taken.has(`${base}${counter}`)) counter += 1;

  return `${base}${counter}`;
}

/**
 * A column of a given type with the defaults the form schema would fill in (so what is made
 * is what is saved): a choice starts with one option, a computed column with `0`.
 */
export function newColumn(
  type: ColumnField['type'],
  key: string,
  label: I18nText = newLabel,
): ColumnField {
  const base = { key, label, required: false };
  switch (type) {
    case 'text':
    case 'textarea':
      return { ...base, type, validation: {} };
    case 'number':
      return { ...base, type, validation: { decimals: 0 } };
    case 'money':
      return { ...base, type, currency: 'CNY', validation: { decimals: 2 } };
    case 'percentage':
      return { ...base, type, validation: { decimals: 2 } };
    case 'date':
    case 'checkbox':
      return { ...base, type };
    case 'select':
    case 'radio':
      return { ...base, type, options: firstOption };
    case 'computed':
      return { ...base, type, formula: '0', valueType: 'money', currency: 'CNY', decimals: 2 };
  }
}

/** The key a new field of a type starts from (`total` for a computed field). */
function baseKey(type: FieldType): string {
  return type === 'computed' ? 'total' : type;
}

/** A field of a type no column has, with its schema defaults. */
function newFormOnlyField(type: Exclude<FieldType, ColumnField['type']>, key: string): FormField {
  const base = { key, label: newLabel, required: false };
  switch (type) {
    case 'datetime':
    case 'department':
      return { ...base, type };
    case 'dateRange':
      return { ...base, type, duration: 'days', validation: {} };
    case 'multiselect':
      return { ...base, type, options: firstOption, validation: {} };
    case 'user':
      return { ...base, type, multiple: false };
    case 'attachment':
    case 'image':
      return { ...base, type, validation: { maxFiles: 10, maxSizeMb: 20, accept: [] } };
    case 'remote':
      return { ...base, type, source: 'costCentre' };
    case 'reference':
      return { ...base, type, flowKeys: [] };
    case 'table':
      return { ...base, type, columns: [newColumn('text', 'item')], minRows: 0, maxRows: 500 };
    case 'description':
      return { key, type, label: newLabel, text: { 'zh-CN': '说明文字', en: 'Instructions' } };
    case 'section':
      return { key, type, label: { 'zh-CN': '新分组', en: 'New section' } };
  }
}

/** A new field of a type, with a key not yet used in the form. */
export function newField(type: FieldType, taken: ReadonlySet<string>): FormField {
  const key = freeKey(baseKey(type), taken);

  // A new column has no `total`, so a column of a shared type is a field as it is.
  return isColumnType(type) ? newColumn(type, key) : newFormOnlyField(type, key);
}
