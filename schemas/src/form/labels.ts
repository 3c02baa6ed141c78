import { type Locale, resolveText } from '../i18n.ts';
import { phrase } from '../messages.ts';
import type { ColumnField, FormField } from './form.ts';

/** How messages name a field: its label in the caller's language. */
export function fieldLabel(field: FormField | ColumnField, locale: Locale): string {
  return resolveText(field.label, locale);
}

/** How messages name a cell of a table: "Items, row 3: Amount" (rows counted from 1). */
export function cellLabel(options: {
  table: FormField;
  row: number;
  column: ColumnField;
  locale: Locale;
}): string {
  const { table, row, column, locale } = options;
  const params = {
    table: fieldLabel(table, locale),
    row: row + 1,
    column: fieldLabel(column, locale),
  };

  return phrase('where.table-cell', params, locale);
}
