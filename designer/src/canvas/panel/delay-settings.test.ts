import { describe, expect, it } from 'vitest';
import { DelayConfig } from '@baton/schemas';
import { DEFAULT_DELAY, isClock, joinMinutes, readDelay, switchWait } from './delay-settings.ts';

describe('readDelay', () => {
  it('given a valid config, when read, then its wait is used with defaults filled in', () => {
    expect(readDelay({ wait: { kind: 'untilField', field: 'tripStart' } })).toEqual({
      wait: { kind: 'untilField', field: 'tripStart', atTime: '09:00' },
      valid: true,
    });
  });

  it('given an empty config, when read, then the panel starts from one hour and knows it is invalid', () => {
    expect(readDelay({})).toEqual({ ...DEFAULT_DELAY, valid: false });
  });

  it('given the default delay, when parsed by the schema, then it is valid', () => {
    expect(DelayConfig.safeParse(DEFAULT_DELAY).success).toBe(true);
  });
});

describe('switchWait', () => {
  const duration = { kind: 'duration', minutes: 30, time: 'working' } as const;

  it('given a duration, when switched to a date field, then it starts at the first date field at 09:00', () => {
    expect(switchWait('untilField', duration, 'tripStart')).toEqual({
      kind: 'untilField',
      field: 'tripStart',
      atTime: '09:00',
    });
  });

  it('given a field wait, when switched to a duration, then it waits one calendar hour', () => {
    const field = { kind: 'untilField', field: 'tripStart', atTime: '14:30' } as const;

    expect(switchWait('duration', field, undefined)).toEqual({
      kind: 'duration',
      minutes: 60,
      time: 'calendar',
    });
  });

  it('given the same kind, when switched, then the wait is unchanged', () => {
    expect(switchWait('duration', duration, 'tripStart')).toBe(duration);
  });
});

describe('joinMinutes', () => {
  it.each([
    [2, 15, 135],
    [0, 1, 1],
    [null, 30, 30],
    [3, null, 180],
  ])('given %s h and %s min, when joined, then it is %i minutes', (hours, minutes, total) => {
    expect(joinMinutes(hours, minutes)).toBe(total);
  });

  it.each([
    [0, 0],
    [null, null],
    [1.5, 0],
    [-1, 30],
    [87_601, 0],
  ])('given %s h and %s min, when joined, then it is refused', (hours, minutes) => {
    expect(joinMinutes(hours, minutes)).toBeUndefined();
  });
});

describe('isClock', () => {
  it.each(['00:00', '09:00', '23:59'])(
    'given %s, when checked, then it is a time of day',
    (text) => {
      expect(isClock(text)).toBe(true);
    },
  );

  it.each(['9:00', '24:00', '12:60', 'noon', ''])(
    'given %j, when checked, then it is refused',
    (text) => {
      expect(isClock(text)).toBe(false);
    },
  );
});
