import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localToday } from './today.ts';

describe('localToday', () => {
  let savedZone: string | undefined;

  beforeEach(() => {
    savedZone = process.env['TZ'];
  });

  afterEach(() => {
    if (savedZone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = savedZone;
  });

  it('given 00:30 in Shanghai (still yesterday in UTC), when asked, then it is the Shanghai day', () => {
    process.env['TZ'] = 'Asia/Shanghai';
    const now = new Date('2025-12-31T16:30:00Z');

    expect(localToday(now)).toBe('2026-01-01');
  });

  it('given 21:00 in Los Angeles (already tomorrow in UTC), when asked, then it is the local day', () => {
    process.env['TZ'] = 'America/Los_Angeles';
    const now = new Date('2026-03-01T05:00:00Z');

    expect(localToday(now)).toBe('2026-02-28');
  });

  it('given a single-digit month and day, when asked, then both are padded to two digits', () => {
    expect(localToday(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
  });

  it('given no date, when asked, then it is the day of the current clock', () => {
    const before = localToday(new Date());
    const today = localToday();
    const after = localToday(new Date());

    expect([before, after]).toContain(today);
  });
});
