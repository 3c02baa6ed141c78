import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './date-time.ts';
import { restoreTimeZoneAfterEach } from './time-zone.fixture.ts';

restoreTimeZoneAfterEach();

describe('date-time input conversion', () => {
  it('given 09:30 typed in Shanghai, when stored, then it is 01:30 UTC', () => {
    process.env['TZ'] = 'Asia/Shanghai';

    expect(fromLocalInput('2026-03-02T09:30')).toBe('2026-03-02T01:30:00Z');
  });

  it('given 01:30 UTC, when shown in Los Angeles, then it reads 17:30 the day before', () => {
    process.env['TZ'] = 'America/Los_Angeles';

    expect(toLocalInput('2026-03-02T01:30:00Z')).toBe('2026-03-01T17:30');
  });

  it.each(['Asia/Shanghai', 'America/Los_Angeles', 'Europe/Berlin'])(
    'given a wall time typed in %s, when stored and shown again, then it reads the same',
    (zone) => {
      process.env['TZ'] = zone;

      expect(toLocalInput(fromLocalInput('2026-07-15T23:05'))).toBe('2026-07-15T23:05');
    },
  );

  it('given empty or broken text, when stored, then there is no value', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('2026-03-02')).toBeUndefined();
    expect(toLocalInput('not a time')).toBe('');
    expect(toLocalInput(undefined)).toBe('');
  });
});
