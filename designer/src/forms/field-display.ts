import {
  roundHalfUp,
  type ColumnField,
  type FormField,
  type I18nText,
  type Locale,
} from '@baton/schemas';
import { asText, formatDecimal } from './decimal-text.ts';
import { displayMoney } from './money.ts';
import type { OrgNames } from './org/org-names.ts';
import { formatCalendarDay } from './values/calendar-day.ts';
import { orderedChoices } from './values/choices.ts';
import { dateRangeOf } from './values/date-range.ts';
import { userIdsOf } from './org/org-names.ts';

type ComputedField = Extract<FormField | ColumnField, { type: 'computed' }>;

function rounded(value: string, decimals: number): string {
  try {
    return roundHalfUp(value, decimals);
  } catch {
    // Not a decimal (yet): shown as it is.
    return value;
  }
}

/**
 * A computed field's value for display, rounded half-up to the field's places: `"0.3"` →
 * `"¥0.30"` (or `"0.30"` without the sign, where the sign sits beside the input).
 */
export function formatComputed(
  field: ComputedField,
  value: string,
  locale: Locale,
  options: { readonly sign: boolean },
): string {
  const text = rounded(value, field.decimals);
  if (field.valueType === 'money' && options.sign) {
    return displayMoney(text, field.currency, locale);
  }

  return formatDecimal(text, field.decimals);
}

/** What turning values into words needs: the language, names and a few phrases. */
export type Display = {
  readonly locale: Locale;
  readonly text: (label: I18nText | undefined) => string;
  readonly org: OrgNames;
  /** An instant in the viewer's time zone and language. */
  readonly dateTime: (iso: string) => string;
  readonly yes: string;
  readonly no: string;
  /** A period with its length: "Mar 2, 2026 – Mar 4, 2026 (3 days)". */
  readonly period: (from: string, to: string, days: number) => string;
  /** Joins several names or labels the way the language does. */
  readonly list: (items: readonly string[]) => string;
};

/** What an empty value shows. */
export const NONE = '—';

type TextField = Exclude<
  FormField | ColumnField,
  { type: 'table' | 'attachment' | 'image' | 'remote' | 'reference' | 'description' | 'section' }
>;

function optionLabel(field: { options: readonly { value: string; label: I18nText }[] }) {
  return (value: string, display: Display) => {
    const option = field.options.find((candidate) => candidate.value === value);

    return option ? display.text(option.label) : value;
  };
}

function rangeText(value: unknown, display: Display): string {
  const { parts, days } = dateRangeOf(value);
  const from = parts.start === undefined ? NONE : formatCalendarDay(parts.start, display.locale);
  const to = parts.end === undefined ? NONE : formatCalendarDay(parts.end, display.locale);

  return days === null ? `${from} – ${to}` : display.period(from, to, days);
}

/** Values that are not plain text: lists, booleans, periods, people. */
function structuredText(field: TextField, value: unknown, display: Display): string | null {
  switch (field.type) {
    case 'user': {
      const names = userIdsOf(value).map(display.org.userName);

      return names.length === 0 ? NONE : display.list(names);
    }
    case 'multiselect': {
      const labels = orderedChoices(field.options, value).map((item) =>
        optionLabel(field)(item, display),
      );

      return labels.length === 0 ? NONE : display.list(labels);
    }
    case 'checkbox':
      return value === true ? display.yes : value === false ? display.no : NONE;
    case 'dateRange':
      return value === undefined ? NONE : rangeText(value, display);
    default:
      return null;
  }
}

/**
 * One value as the request page and the print view show it: amounts grouped with their
 * places and sign, days in the viewer's language (never moved by a time zone), moments in the
 * viewer's time zone, options by their labels, people and departments by name. An empty value
 * is a dash.
 */
export function valueText(field: TextField, value: unknown, display: Display): string {
  const structured = structuredText(field, value, display);
  if (structured !== null) return structured;
  const raw = asText(value);
  if (raw === '') return NONE;
  switch (field.type) {
    case 'money':
      return displayMoney(raw, field.currency, display.locale, field.validation.decimals);
    case 'number':
      return formatDecimal(raw, field.validation.decimals);
    case 'percentage':
      return `${formatDecimal(raw, field.validation.decimals)}%`;
    case 'date':
      return formatCalendarDay(raw, display.locale);
    case 'datetime':
      return display.dateTime(raw);
    case 'select':
    case 'radio':
      return optionLabel(field)(raw, display);
    case 'computed':
      return formatComputed(field, raw, display.locale, { sign: true });
    case 'department':
      return display.org.departmentName(raw);
    default:
      return raw;
  }
}
