import {
  resolveText,
  type ColumnField,
  type FormField,
  type Locale,
  type SelectOption,
} from '@baton/schemas';

/** What a cell needs to name people and departments in the reader's language. */
export type CellContext = {
  readonly locale: Locale;
  readonly person: (id: string) => string;
  readonly department: (id: string) => string;
};

const YES_NO: Readonly<Record<Locale, readonly [string, string]>> = {
  'zh-CN': ['是', '否'],
  en: ['Yes', 'No'],
};

/** Joins list items inside one cell. */
const LIST_SEPARATOR: Readonly<Record<Locale, string>> = { 'zh-CN': '；', en: '; ' };

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);

  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** The label of each chosen option (the value itself when the form has no such option). */
function optionLabels(options: readonly SelectOption[], value: unknown, ctx: CellContext): string {
  return listOf(value)
    .map((item) => {
      const option = options.find((candidate) => candidate.value === item);

      return option ? resolveText(option.label, ctx.locale) : plain(item);
    })
    .join(LIST_SEPARATOR[ctx.locale]);
}

/** A property of an object value (a table row, a file, a date range); nothing otherwise. */
function part(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** A line-item table as one cell: a line per row, `Column: value` pairs. */
function tableText(columns: readonly ColumnField[], rows: unknown, ctx: CellContext): string {
  if (!Array.isArray(rows)) return '';

  return rows
    .map((row: unknown) =>
      columns
        .map((column) => {
          const label = resolveText(column.label, ctx.locale);

          return `${label}: ${cellText(column, part(row, column.key), ctx)}`;
        })
        .join(LIST_SEPARATOR[ctx.locale]),
    )
    .join('\n');
}

/**
 * A value as export text: decimals (money, numbers, percentages, computed values) exactly as
 * stored, dates as `YYYY-MM-DD`, options by their label, people and departments by name,
 * files by name, a date range as `start ~ end`, a table as a line per row.
 */
export function cellText(field: FormField | ColumnField, value: unknown, ctx: CellContext): string {
  if (value === undefined || value === null) return '';
  switch (field.type) {
    case 'select':
    case 'radio':
    case 'multiselect':
      return optionLabels(field.options, value, ctx);
    case 'checkbox':
      return value === true ? YES_NO[ctx.locale][0] : YES_NO[ctx.locale][1];
    case 'user':
      return listOf(value)
        .map((id) => ctx.person(plain(id)))
        .join(LIST_SEPARATOR[ctx.locale]);
    case 'department':
      return ctx.department(plain(value));
    case 'attachment':
    case 'image':
      return listOf(value)
        .map((file) => plain(typeof file === 'string' ? file : part(file, 'name')))
        .join(LIST_SEPARATOR[ctx.locale]);
    case 'dateRange':
      return `${plain(part(value, 'start'))} ~ ${plain(part(value, 'end'))}`;
    case 'table':
      return tableText(field.columns, value, ctx);
    default:
      return plain(value);
  }
}
