import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BusinessCalendar, DEFAULT_BUSINESS_CALENDAR } from './business-calendar.ts';
import { addMinutes, addWorkingMinutes, zonedInstant } from './working-time.ts';

/** The default calendar (Mon–Fri 09–12 and 13–18, Asia/Shanghai) with some days changed. */
function shanghai(days: Partial<BusinessCalendar> = {}): BusinessCalendar {
  return { ...DEFAULT_BUSINESS_CALENDAR, ...days };
}

const BERLIN: BusinessCalendar = {
  ...DEFAULT_BUSINESS_CALENDAR,
  timeZone: 'Europe/Berlin',
  hours: [{ start: '09:00', end: '17:00' }],
};

/** Every day, all day, in Berlin: working time is real elapsed time there. */
const BERLIN_ALWAYS: BusinessCalendar = {
  ...BERLIN,
  workdays: [1, 2, 3, 4, 5, 6, 7],
  hours: [{ start: '00:00', end: '24:00' }],
};

const local = (date: string, time: string) => zonedInstant(date, time, 'Asia/Shanghai');

describe('addWorkingMinutes', () => {
  it('carries two working hours from Friday 17:00 over the weekend to Monday 10:00', () => {
    const friday = local('2026-01-09', '17:00');

    const due = addWorkingMinutes(friday, 120, shanghai());

    expect(due).toBe(local('2026-01-12', '10:00'));
    expect(due).toBe('2026-01-12T02:00:00.000Z');
  });

  it('skips the lunch break', () => {
    const due = addWorkingMinutes(local('2026-01-12', '11:30'), 60, shanghai());

    expect(due).toBe(local('2026-01-12', '13:30'));
  });

  it('skips a holiday on a workday', () => {
    const calendar = shanghai({ holidays: ['2026-01-12'] });

    const due = addWorkingMinutes(local('2026-01-09', '17:00'), 120, calendar);

    expect(due).toBe(local('2026-01-13', '10:00'));
  });

  it('counts a make-up working Saturday, even when it is also listed as a holiday', () => {
    const makeUp = shanghai({ workingDays: ['2026-01-10'] });
    const both = shanghai({ workingDays: ['2026-01-10'], holidays: ['2026-01-10'] });

    expect(addWorkingMinutes(local('2026-01-09', '17:00'), 120, makeUp)).toBe(
      local('2026-01-10', '10:00'),
    );
    expect(addWorkingMinutes(local('2026-01-09', '17:00'), 120, both)).toBe(
      local('2026-01-10', '10:00'),
    );
  });

  it('counts from the next working moment when it starts outside working hours', () => {
    expect(addWorkingMinutes(local('2026-01-12', '07:00'), 30, shanghai())).toBe(
      local('2026-01-12', '09:30'),
    );
    expect(addWorkingMinutes(local('2026-01-10', '12:00'), 30, shanghai())).toBe(
      local('2026-01-12', '09:30'),
    );
  });

  it('ends exactly at the end of a period rather than at the next start', () => {
    expect(addWorkingMinutes(local('2026-01-09', '17:00'), 60, shanghai())).toBe(
      local('2026-01-09', '18:00'),
    );
  });

  it('gives the start unchanged for 0 minutes, even outside working hours', () => {
    const saturday = '2026-01-10T04:00:00.000Z';

    expect(addWorkingMinutes(saturday, 0, shanghai())).toBe(saturday);
  });

  it('keeps local working hours across the spring daylight-saving change in Berlin', () => {
    // Friday 16:00 CET (UTC+1); Monday after the change is CEST (UTC+2).
    const friday = '2026-03-27T15:00:00.000Z';

    const due = addWorkingMinutes(friday, 120, BERLIN);

    expect(due).toBe('2026-03-30T08:00:00.000Z');
    expect(due).toBe(zonedInstant('2026-03-30', '10:00', 'Europe/Berlin'));
  });

  it('counts the real length of daylight-saving days (23 h in spring, 25 h in autumn)', () => {
    const springMidnight = zonedInstant('2026-03-29', '00:00', 'Europe/Berlin');
    const autumnMidnight = zonedInstant('2026-10-25', '00:00', 'Europe/Berlin');

    expect(addWorkingMinutes(springMidnight, 24 * 60, BERLIN_ALWAYS)).toBe(
      zonedInstant('2026-03-30', '01:00', 'Europe/Berlin'),
    );
    expect(addWorkingMinutes(autumnMidnight, 24 * 60, BERLIN_ALWAYS)).toBe(
      zonedInstant('2026-10-25', '23:00', 'Europe/Berlin'),
    );
  });

  it('throws a clear error for a calendar without working time instead of looping', () => {
    const start = local('2026-01-09', '17:00');

    expect(() => addWorkingMinutes(start, 60, shanghai({ hours: [] }))).toThrowError(
      /no working time/,
    );
    expect(() => addWorkingMinutes(start, 60, shanghai({ workdays: [] }))).toThrowError(
      /no working time/,
    );
  });

  it('gives up after a hundred years when only a few make-up days work', () => {
    const calendar = shanghai({ workdays: [], workingDays: ['2026-01-10'] });

    expect(addWorkingMinutes(local('2026-01-09', '17:00'), 60, calendar)).toBe(
      local('2026-01-10', '10:00'),
    );
    expect(() => addWorkingMinutes(local('2026-01-09', '17:00'), 24 * 60, calendar)).toThrowError(
      /beyond a hundred years/,
    );
  });

  it('refuses an unknown time zone, a bad instant and negative minutes', () => {
    const start = local('2026-01-09', '17:00');

    expect(() => addWorkingMinutes(start, 60, shanghai({ timeZone: 'Mars/Olympus' }))).toThrow(
      /unknown time zone/,
    );
    expect(() => addWorkingMinutes('soon', 60, shanghai())).toThrow(/not an ISO-8601 instant/);
    expect(() => addWorkingMinutes(start, -1, shanghai())).toThrow(/at least 0/);
  });

  it('adds in parts the same as in one go, and never gives a moment before the start', () => {
    const starts = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) });
    const minutes = fc.integer({ min: 0, max: 3000 });
    const calendars = fc.constantFrom(shanghai({ holidays: ['2026-05-01'] }), BERLIN);

    fc.assert(
      fc.property(starts, minutes, minutes, calendars, (start, first, second, calendar) => {
        const from = new Date(start).toISOString();
        const whole = addWorkingMinutes(from, first + second, calendar);
        const parts = addWorkingMinutes(addWorkingMinutes(from, first, calendar), second, calendar);

        expect(parts).toBe(whole);
        expect(Date.parse(whole)).toBeGreaterThanOrEqual(start);
      }),
      { numRuns: 200 },
    );
  });
});

describe('addMinutes', () => {
  it('counts every minute, nights and weekends included', () => {
    expect(addMinutes('2026-01-09T09:00:00.000Z', 3 * 24 * 60)).toBe('2026-01-12T09:00:00.000Z');
    expect(addMinutes('2026-01-09T09:00:00+08:00', 0)).toBe('2026-01-09T01:00:00.000Z');
  });
});

describe('zonedInstant', () => {
  it('reads a wall time in the zone of the calendar', () => {
    expect(zonedInstant('2026-10-01', '09:00', 'Asia/Shanghai')).toBe('2026-10-01T01:00:00.000Z');
    expect(zonedInstant('2026-01-15', '09:00', 'Europe/Berlin')).toBe('2026-01-15T08:00:00.000Z');
    expect(zonedInstant('2026-07-15', '09:00', 'Europe/Berlin')).toBe('2026-07-15T07:00:00.000Z');
    expect(zonedInstant('2026-07-15', '24:00', 'UTC')).toBe('2026-07-16T00:00:00.000Z');
  });

  it('moves a time skipped in spring past the gap and takes the first of a repeated time', () => {
    expect(zonedInstant('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('throws on a malformed date or time and on an unknown zone', () => {
    expect(() => zonedInstant('2026-1-5', '09:00', 'UTC')).toThrow(/not a date and time/);
    expect(() => zonedInstant('2026-01-05', '9:00', 'UTC')).toThrow(/not a date and time/);
    expect(() => zonedInstant('2026-01-05', '09:00', 'Nowhere/City')).toThrow(/unknown time zone/);
  });
});
