import { describe, expect, it } from 'vitest';
import { calendarDay } from './calendar-day.ts';

describe('calendarDay', () => {
  it('gives the day the clocks of the zone show, not the UTC day', () => {
    const at = '2026-03-01T17:30:00.000Z';

    expect(calendarDay(at, 'Asia/Shanghai')).toBe('2026-03-02');
    expect(calendarDay(at, 'UTC')).toBe('2026-03-01');
    expect(calendarDay('2026-12-31T23:59:59.000Z', 'America/Los_Angeles')).toBe('2026-12-31');
  });
});
