import { describe, expect, it } from 'vitest';
import { dateRangeOf } from './date-range.ts';
import { restoreTimeZoneAfterEach } from './time-zone.fixture.ts';

restoreTimeZoneAfterEach();

describe('dateRangeOf', () => {
  it('given three days in a row, when read, then both ends count', () => {
    expect(dateRangeOf({ start: '2026-03-02', end: '2026-03-04' }).days).toBe(3);
  });

  it('given a range across a daylight-saving change in Los Angeles, when read, then no day is lost', () => {
    process.env['TZ'] = 'America/Los_Angeles';

    expect(dateRangeOf({ start: '2026-03-07', end: '2026-03-09' }).days).toBe(3);
  });

  it('given only a start so far, when read, then the start is kept and there is no length', () => {
    expect(dateRangeOf({ start: '2026-03-02' })).toEqual({
      parts: { start: '2026-03-02' },
      days: null,
    });
  });

  it('given an end before the start or an unreal day, when read, then there is no length', () => {
    expect(dateRangeOf({ start: '2026-03-04', end: '2026-03-02' }).days).toBeNull();
    expect(dateRangeOf({ start: '2026-02-30', end: '2026-03-02' }).days).toBeNull();
  });

  it('given something that is not a range, when read, then it has no parts', () => {
    expect(dateRangeOf('2026-03-02')).toEqual({ parts: {}, days: null });
  });
});
