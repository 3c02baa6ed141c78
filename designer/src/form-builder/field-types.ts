import type { ColumnField, FieldType } from '@baton/schemas';

/** A group of the palette and the field types in it, in the order they are shown. */
export type FieldGroup = { readonly key: string; readonly types: readonly FieldType[] };

/** The palette: every field type of the form contract, grouped as people look for them. */
export const FIELD_GROUPS: readonly FieldGroup[] = [
  { key: 'basic', types: ['text', 'textarea'] },
  { key: 'numbers', types: ['number', 'money', 'percentage', 'computed'] },
  { key: 'dates', types: ['date', 'datetime', 'dateRange'] },
  { key: 'choices', types: ['select', 'radio', 'multiselect', 'checkbox'] },
  { key: 'people', types: ['user', 'department'] },
  { key: 'files', types: ['attachment', 'image'] },
  { key: 'data', types: ['table', 'remote', 'reference'] },
  { key: 'layout', types: ['section', 'description'] },
];

/** Every field type, in palette order. */
export const fieldTypes: readonly FieldType[] = FIELD_GROUPS.flatMap((group) => group.types);

/** The types a column of a line-item table may have. */
export const columnTypes: readonly ColumnField['type'][] = [
  'text',
  'textarea',
  'number',
  'money',
  'percentage',
  'date',
  'select',
  'radio',
  'checkbox',
  'computed',
];

export function isColumnType(type: FieldType): type is ColumnField['type'] {
  return columnTypes.some((candidate) => candidate === type);
}

/** A field or column key: a letter, then letters, digits and `_` (64 at most). */
export const KEY_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]{0,63}$/;

/** Types whose value nobody types in: they get no `required` switch. */
const NOT_TYPED: ReadonlySet<FieldType> = new Set(['computed', 'description', 'section']);

export function canBeRequired(type: FieldType): boolean {
  return !NOT_TYPED.has(type);
}

/** Linkage rules a field of this type may carry (a text block only shows or hides). */
export type RuleKey = 'visibleWhen' | 'requiredWhen' | 'disabledWhen';

export function ruleKeys(type: FieldType): readonly RuleKey[] {
  return NOT_TYPED.has(type) ? ['visibleWhen'] : ['visibleWhen', 'requiredWhen', 'disabledWhen'];
}
