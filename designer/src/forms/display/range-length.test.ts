import { describe, expect, it } from 'vitest';
import type { BusinessCalendar, FormField } from '@baton/schemas';
import { rangeLength } from './range-length.ts';

type DateRangeField = Extract<FormField, { type: 'dateRange' }>;
const field = (duration: 'days' | 'workdays') =>
  ({ key: 'trip', type: 'dateRange', duration, validation: {} }) as unknown as DateRangeField;
const calendar = {
  schemaVersion: 1,
  timeZone: 'Asia/Shanghai',
  workdays: [1, 2, 3, 4, 5],
  hours: [],
  holidays: ['2026-03-09'],
  workingDays: [],
} satisfies BusinessCalendar;
// Thursday 5 March to Tuesday 10 March 2026: six days, the weekend and a holiday among them.
const trip = { start: '2026-03-05', end: '2026-03-10' };

describe('rangeLength', () => {
  it('given a field counted in working days, then weekends and holidays are left out', () => {
    expect(rangeLength(field('workdays'), trip, calendar)).toEqual({ count: 3, working: true });
  });

  it('given a field counted in days, then every day counts', () => {
    expect(rangeLength(field('days'), trip, calendar)).toEqual({ count: 6, working: false });
  });

  it('given one end only, then there is no length yet', () => {
    expect(rangeLength(field('workdays'), { start: '2026-03-05' }, calendar)).toBeNull();
  });
});
