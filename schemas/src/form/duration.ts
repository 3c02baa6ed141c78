import type { Decimal } from 'decimal.js';
import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import { MS, dayOf } from '../calendar/time-zone.ts';
import { Dec } from '../money/decimal.ts';
import type { FormField } from './form.ts';
import { type DateRange, rangeDays } from './time-value.ts';
import { isCalendarDate } from '../calendar-date.ts';
import { isRecord } from './value-issue.ts';

type DateRangeField = Extract<FormField, { type: 'dateRange' }>;

/** ISO weekday (1 = Monday) of a `YYYY-MM-DD` day. */
function weekdayOf(date: string): number {
  return ((new Date(dayOf(date)).getUTCDay() + 6) % 7) + 1;
}

/**
 * Working days from `start` to `end`, both counted, in `calendar`: days whose weekday is in
 * `workdays`, less `holidays`, plus make-up `workingDays` (which win over holidays). Counted
 * by whole weeks and the calendar's listed days, so a range of years costs no more than a week.
 */
export function workdaysBetween(range: DateRange, calendar: BusinessCalendar): number {
  const days = rangeDays(range);
  if (days <= 0) return 0;
  const workdays = new Set(calendar.workdays);
  let count = Math.floor(days / 7) * workdays.size;
  const tailStart = dayOf(range.start) + Math.floor(days / 7) * 7 * MS.DAY;
  for (let day = tailStart; day <= dayOf(range.end); day += MS.DAY) {
    if (workdays.has(((new Date(day).getUTCDay() + 6) % 7) + 1)) count += 1;
  }
  const within = (date: string) => date >= range.start && date <= range.end;
  const makeUp = new Set(calendar.workingDays.filter(within));
  for (const holiday of new Set(calendar.holidays.filter(within))) {
    if (!makeUp.has(holiday) && workdays.has(weekdayOf(holiday))) count -= 1;
  }
  for (const date of makeUp) if (!workdays.has(weekdayOf(date))) count += 1;

  return count;
}

/**
 * What a date range field is in expressions: its duration in days, counted inclusively, or in
 * working days of `calendar` when the field says `duration: 'workdays'` (plain days when no
 * calendar is given). Empty (`null`) for a value that is not a valid range.
 */
export function rangeDuration(
  field: DateRangeField,
  raw: unknown,
  calendar?: BusinessCalendar,
): Decimal | null {
  if (!isRecord(raw)) return null;
  const { start, end } = raw;
  if (typeof start !== 'string' || typeof end !== 'string') return null;
  if (!isCalendarDate(start) || !isCalendarDate(end) || end < start) return null;
  const range = { start, end };
  const days =
    field.duration === 'workdays' && calendar ? workdaysBetween(range, calendar) : rangeDays(range);

  return new Dec(days);
}
