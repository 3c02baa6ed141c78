import { describe, expect, it } from 'vitest';
import { StepDeadline } from '@baton/schemas';
import {
  DEFAULT_REMIND,
  DEFAULT_TIMEOUT,
  hoursToMinutes,
  MAX_HOURS,
  readHours,
  minutesToHours,
  readDeadline,
  readReturnSettings,
  returnToPatch,
  splitMinutes,
  timeoutChoiceOf,
  timeoutFor,
  withDeadline,
} from './deadline-settings.ts';

describe('hoursToMinutes', () => {
  it.each([
    ['4', 240],
    ['1.5', 90],
    ['.5', 30],
    [' 2 ', 120],
    ['1.67', 100],
    ['0.01', 1],
  ])('given %j hours, when converted, then it is %i whole minutes', (text, minutes) => {
    expect(hoursToMinutes(text)).toBe(minutes);
  });

  it.each(['', '0', '0.001', '-1', 'abc', '1e3', '4h', '87601', '1,000', '0,25'])(
    'given %j, when converted, then it is refused',
    (text) => {
      expect(hoursToMinutes(text)).toBeUndefined();
    },
  );
});

describe('readHours', () => {
  it.each([
    ['1,000', 'comma'],
    ['1，5', 'comma'],
    ['1 000', 'notNumber'],
    ['0.001', 'tooSmall'],
    ['87601', 'tooLarge'],
  ])('given %j, when read, then it is refused as %s', (text, problem) => {
    expect(readHours(text)).toEqual({ problem });
  });

  it('given the most hours a deadline holds, when read, then they are ten years of minutes', () => {
    expect(MAX_HOURS).toBe(87_600);
    expect(readHours('87600')).toEqual({ minutes: 5_256_000 });
  });
});

describe('minutesToHours', () => {
  it.each([
    [240, '4'],
    [90, '1.5'],
    [100, '1.67'],
    [1, '0.02'],
  ])('given %i minutes, when shown, then the input reads %s hours', (minutes, text) => {
    expect(minutesToHours(minutes)).toBe(text);
  });

  it('given every minute count up to two days, when shown and read back, then the minutes stay the same', () => {
    for (let minutes = 1; minutes <= 2880; minutes += 1)
      expect(hoursToMinutes(minutesToHours(minutes))).toBe(minutes);
  });
});

describe('splitMinutes', () => {
  it('given 135 minutes, when split, then it is 2 hours and 15 minutes', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
  });
});

describe('readDeadline', () => {
  it('given no deadline or a malformed one, when read, then there is none', () => {
    expect(readDeadline({})).toBeUndefined();
    expect(readDeadline({ deadline: { remind: { everyMinutes: 0, times: 1 } } })).toBeUndefined();
    expect(readDeadline({ deadline: { time: 'working' } })).toBeUndefined();
  });

  it('given a deadline, when read, then the default time is filled in', () => {
    expect(readDeadline({ deadline: { remind: DEFAULT_REMIND } })).toEqual({
      time: 'calendar',
      remind: DEFAULT_REMIND,
    });
  });
});

describe('withDeadline', () => {
  it('given no deadline, when reminders are switched on, then the patch holds a valid deadline', () => {
    const patch = withDeadline(undefined, { remind: DEFAULT_REMIND });

    expect(patch).toEqual({ deadline: { time: 'calendar', remind: DEFAULT_REMIND } });
    expect(StepDeadline.safeParse(patch['deadline']).success).toBe(true);
  });

  it('given reminders and a timeout, when the timeout is switched off, then the reminders stay', () => {
    const current = { time: 'working' as const, remind: DEFAULT_REMIND, timeout: DEFAULT_TIMEOUT };

    expect(withDeadline(current, { timeout: null })).toEqual({
      deadline: { time: 'working', remind: DEFAULT_REMIND },
    });
  });

  it('given only reminders, when they are switched off, then the deadline is removed', () => {
    const current = { time: 'working' as const, remind: DEFAULT_REMIND };

    expect(withDeadline(current, { remind: null })).toEqual({ deadline: undefined });
  });

  it('given a deadline, when the time changes, then reminders and timeout are kept', () => {
    const current = { time: 'calendar' as const, timeout: DEFAULT_TIMEOUT };

    expect(withDeadline(current, { time: 'working' })).toEqual({
      deadline: { time: 'working', timeout: DEFAULT_TIMEOUT },
    });
  });
});

describe('timeout choices', () => {
  it('given an escalation to a named person, when switched to the supervisor, then the person is dropped', () => {
    const toUser = {
      afterMinutes: 60,
      action: 'escalate' as const,
      escalateTo: 'user' as const,
      userId: 'u-li',
    };

    expect(timeoutFor('supervisor', toUser)).toEqual({
      afterMinutes: 60,
      action: 'escalate',
      escalateTo: 'supervisor',
    });
    expect(timeoutChoiceOf(toUser)).toBe('user');
  });

  it('given a timeout, when switched to approve, then only the duration and the action remain', () => {
    expect(timeoutFor('approve', DEFAULT_TIMEOUT)).toEqual({
      afterMinutes: 1440,
      action: 'approve',
    });
    expect(timeoutChoiceOf({ afterMinutes: 5, action: 'reject' })).toBe('reject');
  });

  it('given a timeout, when switched to a named person, then no person is chosen yet', () => {
    expect(timeoutFor('user', DEFAULT_TIMEOUT)).toEqual({
      afterMinutes: 1440,
      action: 'escalate',
      escalateTo: 'user',
    });
  });
});

describe('return settings', () => {
  it('given a config without them, when read, then every target, from the start and batch approval apply', () => {
    expect(readReturnSettings({})).toEqual({
      returnTo: ['initiator', 'previous', 'any'],
      resubmit: 'fromStart',
      batchApprove: true,
    });
  });

  it('given stored settings, when read, then unknown targets are dropped', () => {
    expect(
      readReturnSettings({
        returnTo: ['any', 'bogus'],
        resubmit: 'toThisStep',
        batchApprove: false,
      }),
    ).toEqual({ returnTo: ['any'], resubmit: 'toThisStep', batchApprove: false });
  });

  it('given targets ticked in any order, when patched, then they are stored in canonical order', () => {
    expect(returnToPatch(['any', 'initiator'])).toEqual({ returnTo: ['initiator', 'any'] });
    expect(returnToPatch([])).toEqual({ returnTo: [] });
  });
});
