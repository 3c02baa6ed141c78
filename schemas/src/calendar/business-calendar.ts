import { z } from 'zod';
import { isCalendarDate } from '../calendar-date.ts';

const Day = z.string().refine(isCalendarDate, 'a date such as 2026-10-01');
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time such as 09:00');

/**
 * When the company works: deadlines counted in working time (`StepDeadline.time: 'working'`,
 * delays) only count minutes inside `hours` on working days, in `timeZone` (IANA, e.g.
 * `Asia/Shanghai`). A day is a working day when its ISO weekday (1 = Monday) is in `workdays`
 * and it is not in `holidays`, or when it is in `workingDays` (make-up days, 调休), which wins.
 * `hours` are ascending, non-overlapping periods of one day (`end` after `start`).
 */
export const BusinessCalendar = z.strictObject({
  schemaVersion: z.literal(1),
  timeZone: z.string().min(1).max(64),
  workdays: z.array(z.number().int().min(1).max(7)).max(7),
  hours: z.array(z.strictObject({ start: Clock, end: Clock })).max(12),
  holidays: z.array(Day).max(2000),
  workingDays: z.array(Day).max(2000),
});
export type BusinessCalendar = z.infer<typeof BusinessCalendar>;

/** Monday to Friday, 09:00–12:00 and 13:00–18:00 in China Standard Time, no holidays. */
export const DEFAULT_BUSINESS_CALENDAR: BusinessCalendar = {
  schemaVersion: 1,
  timeZone: 'Asia/Shanghai',
  workdays: [1, 2, 3, 4, 5],
  hours: [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  holidays: [],
  workingDays: [],
};
