import type { ColumnField, FieldType, FormField } from '@baton/schemas';

export const fieldTypes: readonly FieldType[] = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'select',
  'user',
  'department',
  'table',
  'computed',
];

export const columnTypes: readonly ColumnField['type'][] = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'select',
];

const newLabel = { 'zh-CN': '新字段', en: 'New field' };

/** `amount`, `amount2`, …: the first key of the form `${base}${n}` not yet used. */
export function freeKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let counter = 2;
  while (taken.has(`${base}${counter}`)) counter += 1;

  return `${base}${counter}`;
}

/** A column of a given type with sensible defaults (a select starts with one option). */
export function newColumn(type: ColumnField['type'], key: string, label = newLabel): ColumnField {
  const base = { key, label, required: false };
  switch (type) {
    case 'text':
    case 'textarea':
      return { ...base, type, validation: {} };
    case 'number':
      return { ...base, type, validation: { decimals: 0 } };
    case 'money':
      return { ...base, type, currency: 'CNY', validation: { decimals: 2 } };
    case 'date':
      return { ...base, type };
    case 'select':
      return {
        ...base,
        type,
        options: [{ value: 'option1', label: { 'zh-CN': '选项 1', en: 'Option 1' } }],
      };
  }
}

/** A new field of a type, with a key not yet used in the form. */
export function newField(type: FieldType, taken: ReadonlySet<string>): FormField {
  const key = freeKey(type === 'computed' ? 'total' : type, taken);
  if (type === 'table') {
    return {
      key,
      type,
      label: newLabel,
      required: false,
      columns: [newColumn('text', 'item')],
      minRows: 0,
      maxRows: 500,
    };
  }
  if (type === 'user') return { key, type, label: newLabel, required: false, multiple: false };
  if (type === 'department') return { key, type, label: newLabel, required: false };
  if (type === 'computed') {
    return {
      key,
      type,
      label: newLabel,
      required: false,
      formula: '0',
      valueType: 'money',
      currency: 'CNY',
      decimals: 2,
    };
  }

  return newColumn(type, key);
}
