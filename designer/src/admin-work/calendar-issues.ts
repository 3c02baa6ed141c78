import type { TFunction } from 'i18next';
import type { BusinessCalendar, ValidationIssue } from '@baton/schemas';

/** Codes of issues about a document that does not parse: their message is zod's, in English. */
const SHAPE_CODES: ReadonlySet<string> = new Set(['schema.invalid', 'document.unknown-key']);

/** The longest value the form echoes back in a message. */
const ECHO = 24;

/** The limits of `BusinessCalendar`, for messages that name them. */
export const CALENDAR_LIMITS = { timeZone: 64, periods: 12, dates: 2000 } as const;

function echo(value: string): string {
  return value.length > ECHO ? `${value.slice(0, ECHO)}…` : value;
}

/** The message key and values for an issue about a period's start or end time. */
function clockText(calendar: BusinessCalendar, index: number, end: 'start' | 'end') {
  const value = calendar.hours[index]?.[end] ?? '';
  if (value === '') return { key: `calendar.issues.${end}Missing`, values: {} };

  return { key: `calendar.issues.${end}NotTime`, values: { value: echo(value) } };
}

/** The message key and values for an issue whose document does not parse, by where it is. */
function shapeText(issue: ValidationIssue, calendar: BusinessCalendar) {
  const [section, index, part] = issue.path;
  if (section === 'timeZone') {
    const key = calendar.timeZone === '' ? 'timeZoneMissing' : 'timeZoneTooLong';

    return { key: `calendar.issues.${key}`, values: { max: CALENDAR_LIMITS.timeZone } };
  }
  if (section === 'hours' && typeof index === 'number' && (part === 'start' || part === 'end'))
    return clockText(calendar, index, part);
  if (section === 'hours' && index === undefined)
    return { key: 'calendar.issues.tooManyPeriods', values: { max: CALENDAR_LIMITS.periods } };
  if ((section === 'holidays' || section === 'workingDays') && index === undefined)
    return { key: 'calendar.issues.tooManyDates', values: { max: CALENDAR_LIMITS.dates } };

  return { key: 'calendar.issues.invalid', values: {} };
}

/**
 * What an issue of `checkBusinessCalendar` (or the server's same check) says at its field, in
 * the UI language (`t` of the `adminWork` namespace). The calendar's own checks come worded in
 * the caller's language already; a document that does not parse (an empty time zone, a period
 * such as 25:00 or 9) comes with zod's English text and a path, so those read from the path and
 * the value typed. A date or period number prefixes the message when the path has one.
 */
export function calendarIssueText(
  issue: ValidationIssue,
  calendar: BusinessCalendar,
  t: TFunction,
): string {
  const [section, index] = issue.path;
  const shaped = SHAPE_CODES.has(issue.code) ? shapeText(issue, calendar) : undefined;
  const message = shaped ? t(shaped.key, shaped.values) : issue.message;
  if (typeof index !== 'number') return message;
  const key = section === 'hours' ? 'calendar.periodAt' : 'calendar.dateAt';

  return t(key, { index: index + 1, message });
}
