import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, DEFAULT_BUSINESS_CALENDAR } from '../calendar/business-calendar.ts';
import { dateText, dayOf, MS } from '../calendar/time-zone.ts';
import { workdaysBetween } from './duration.ts';
import { rangeDays } from './time-value.ts';

/** Working days counted one day at a time: what `workdaysBetween` must agree with. */
function countDayByDay(range: { start: string; end: string }, calendar: BusinessCalendar) {
  let count = 0;
  for (let day = dayOf(range.start); day <= dayOf(range.end); day += MS.DAY) {
    const date = dateText(day);
    const weekday = ((new Date(day).getUTCDay() + 6) % 7) + 1;
    const working = calendar.workingDays.includes(date)
      ? true
      : !calendar.holidays.includes(date) && calendar.workdays.includes(weekday);
    if (working) count += 1;
  }

  return count;
}

describe('date range durations', () => {
  it('counts calendar days inclusively, across a leap day', () => {
    expect(rangeDays({ start: '2026-03-02', end: '2026-03-04' })).toBe(3);
    expect(rangeDays({ start: '2024-02-28', end: '2024-03-01' })).toBe(3);
    expect(rangeDays({ start: '2026-03-02', end: '2026-03-02' })).toBe(1);
  });

  it('counts working days with the National Day holidays and a make-up Saturday', () => {
    // given 2026-09-28 (Mon) to 2026-10-11 (Sun), 1–7 October off, Saturday 10 October worked
    const calendar: BusinessCalendar = {
      ...DEFAULT_BUSINESS_CALENDAR,
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workingDays: ['2026-10-10'],
    };

    // then Mon 28 – Wed 30 September, Thu 8 – Sat 10 October are the working days
    expect(workdaysBetween({ start: '2026-09-28', end: '2026-10-11' }, calendar)).toBe(6);
  });

  it('agrees with a day-by-day count for any range and calendar', () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((n) => dateText(dayOf('2025-01-01') + n * MS.DAY));
    const calendar = fc.record({
      workdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
      holidays: fc.array(day, { maxLength: 20 }),
      workingDays: fc.array(day, { maxLength: 5 }),
    });

    fc.assert(
      fc.property(day, day, calendar, (a, b, parts) => {
        const range = a <= b ? { start: a, end: b } : { start: b, end: a };
        const full = { ...DEFAULT_BUSINESS_CALENDAR, ...parts };

        expect(workdaysBetween(range, full)).toBe(countDayByDay(range, full));
      }),
    );
  });
});
