import { isCalendarDate, type BusinessCalendar, type ValidationIssue } from '@baton/schemas';

/** The calendar form as edited: date lists as typed text, everything else as stored. */
export type CalendarDraft = {
  readonly timeZone: string;
  readonly workdays: readonly number[];
  readonly hours: readonly { readonly start: string; readonly end: string }[];
  readonly holidays: string;
  readonly workingDays: string;
};

/** The parts of the form an issue can belong to (the calendar's top-level keys). */
export type CalendarSection = 'timeZone' | 'workdays' | 'hours' | 'holidays' | 'workingDays';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** A stored calendar as a draft: one date per line. */
export function toDraft(calendar: BusinessCalendar): CalendarDraft {
  return {
    timeZone: calendar.timeZone,
    workdays: [...calendar.workdays],
    hours: calendar.hours.map((period) => ({ ...period })),
    holidays: calendar.holidays.join('\n'),
    workingDays: calendar.workingDays.join('\n'),
  };
}

/**
 * Dates typed one per line or separated by commas, spaces or 、: the valid ones in order, each
 * once, and the pieces that are not dates.
 */
export function parseDateList(text: string): { dates: string[]; bad: string[] } {
  const pieces = text
    .split(/[\s,，、;；]+/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  const dates = [...new Set(pieces.filter(isCalendarDate))];

  return { dates, bad: pieces.filter((piece) => !isCalendarDate(piece)) };
}

/**
 * The document the draft makes, for `checkBusinessCalendar` and `settings.replaceCalendar`.
 * Workdays are sorted; pieces that are not dates are left out (the form shows them apart).
 */
export function fromDraft(draft: CalendarDraft): BusinessCalendar {
  return {
    schemaVersion: 1,
    timeZone: draft.timeZone.trim(),
    workdays: [...new Set(draft.workdays)].sort((a, b) => a - b),
    hours: draft.hours.map((period) => ({ start: period.start.trim(), end: period.end.trim() })),
    holidays: parseDateList(draft.holidays).dates,
    workingDays: parseDateList(draft.workingDays).dates,
  };
}

const SECTIONS: readonly CalendarSection[] = [
  'timeZone',
  'workdays',
  'hours',
  'holidays',
  'workingDays',
];

/**
 * Issues grouped by the section of the form they are about (by the first part of their path);
 * issues about the whole document go under `timeZone`, the first field, so none is lost.
 */
export function issuesBySection(
  issues: readonly ValidationIssue[],
): Partial<Record<CalendarSection, ValidationIssue[]>> {
  const grouped: Partial<Record<CalendarSection, ValidationIssue[]>> = {};
  for (const issue of issues) {
    const [first] = issue.path;
    const key = SECTIONS.find((name) => name === first) ?? 'timeZone';
    (grouped[key] ??= []).push(issue);
  }

  return grouped;
}

/** The minutes of work in one working day of the calendar: the sum of its periods. */
export function workdayMinutes(calendar: Pick<BusinessCalendar, 'hours'>): number {
  const minutes = (clock: string) => {
    const [hours = 0, rest = 0] = clock.split(':').map(Number);

    return hours * 60 + rest;
  };

  return calendar.hours.reduce(
    (total, period) => total + Math.max(0, minutes(period.end) - minutes(period.start)),
    0,
  );
}
