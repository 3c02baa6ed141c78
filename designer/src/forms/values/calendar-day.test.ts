import { describe, expect, it } from 'vitest';
import { formatCalendarDay } from './calendar-day.ts';
import { restoreTimeZoneAfterEach } from './time-zone.fixture.ts';

restoreTimeZoneAfterEach();

describe('formatCalendarDay', () => {
  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'])(
    'given the viewer in %s, when a day is shown, then it is that same day',
    (zone) => {
      process.env['TZ'] = zone;

      expect(formatCalendarDay('2026-03-02', 'en')).toBe('Mar 2, 2026');
      expect(formatCalendarDay('2026-03-02', 'zh-CN')).toBe('2026年3月2日');
    },
  );

  it('given text that is not a real day, when shown, then it is shown as it is', () => {
    expect(formatCalendarDay('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatCalendarDay('soon', 'en')).toBe('soon');
  });
});
