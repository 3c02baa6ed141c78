import { workdaysBetween, type BusinessCalendar, type FormField } from '@baton/schemas';
import { dateRangeOf } from '../values/date-range.ts';

type DateRangeField = Extract<FormField, { type: 'dateRange' }>;

/** A period's length as shown: days, or working days for a field counted in working days. */
export type RangeLength = { readonly count: number; readonly working: boolean };

/**
 * The length of a date range value, both ends counted, in the unit its field counts in: working
 * days of `calendar` (the server's count, `workdaysBetween`) with `duration: 'workdays'`, else
 * days. `null` until both ends are set and in order.
 */
export function rangeLength(
  field: DateRangeField,
  value: unknown,
  calendar: BusinessCalendar,
): RangeLength | null {
  const { parts, days } = dateRangeOf(value);
  if (days === null || parts.start === undefined || parts.end === undefined) return null;
  if (field.duration !== 'workdays') return { count: days, working: false };

  return {
    count: workdaysBetween({ start: parts.start, end: parts.end }, calendar),
    working: true,
  };
}
