import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Locale, StepDeadline } from '@baton/schemas';
import { deadlinesEn } from './deadline-messages-en.ts';
import { deadlinesZh } from './deadline-messages-zh-CN.ts';
import { describeDeadline, describeDelay, describeDuration } from './deadline-words.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { deadlines: deadlinesZh }, en: { deadlines: deadlinesEn } },
  lng: 'zh-CN',
  ns: ['deadlines'],
  defaultNS: 'deadlines',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const tFor = (locale: Locale) => i18n.getFixedT(locale, 'deadlines');
const names: Record<string, string> = { 'u-li': '李娜' };
const nameOf = (id: string) => names[id] ?? id;

function deadline(locale: Locale, value: StepDeadline | undefined, workdayMinutes?: number) {
  const extra = workdayMinutes === undefined ? {} : { workdayMinutes };

  return describeDeadline(value, { t: tFor(locale), nameOf, ...extra });
}

describe('describeDuration', () => {
  it.each([
    [2880, 'calendar', '2 days'],
    [1440, 'calendar', '1 day'],
    [240, 'calendar', '4 h'],
    [90, 'calendar', '1 h 30 min'],
    [45, 'calendar', '45 min'],
    [960, 'working', '2 working days'],
    [180, 'working', '3 working hours'],
    [90, 'working', '1 h 30 min of working time'],
  ] as const)(
    'given %i minutes of %s time, when described, then it reads %j',
    (minutes, time, text) => {
      expect(describeDuration(minutes, { time }, tFor('en'))).toBe(text);
    },
  );

  it('given a calendar with 7.5-hour days, when 15 working hours are described, then they are 2 working days', () => {
    expect(describeDuration(900, { time: 'working', workdayMinutes: 450 }, tFor('en'))).toBe(
      '2 working days',
    );
  });
});

describe('describeDeadline', () => {
  const example: StepDeadline = {
    time: 'working',
    remind: { everyMinutes: 240, times: 3 },
    timeout: { afterMinutes: 960, action: 'escalate', escalateTo: 'supervisor' },
  };

  it('given reminders and an escalation in working time, when described in English, then it is one plain sentence', () => {
    expect(deadline('en', example)).toBe(
      'Reminds every 4 working hours, 3 times; after 2 working days escalates to the supervisor',
    );
  });

  it('given the same deadline, when described in Chinese, then it reads naturally', () => {
    expect(deadline('zh-CN', example)).toBe(
      '每 4 个工作小时提醒一次，最多 3 次；2 个工作日后转交给审批人的直属上级',
    );
  });

  it('given calendar time, when described, then durations are plain hours and days', () => {
    const value: StepDeadline = { ...example, time: 'calendar' };

    expect(deadline('en', value)).toBe(
      'Reminds every 4 h, 3 times; after 16 h escalates to the supervisor',
    );
  });

  it('given a single reminder, when described, then it says once', () => {
    const value: StepDeadline = { time: 'calendar', remind: { everyMinutes: 60, times: 1 } };

    expect(deadline('en', value)).toBe('Reminds 1 time, after 1 h');
    expect(deadline('zh-CN', value)).toBe('每 1 小时提醒一次，最多 1 次');
  });

  it.each([
    ['approve', 'After 1 day approves automatically'],
    ['reject', 'After 1 day rejects automatically'],
  ] as const)('given a timeout that %ss, when described, then it says so', (action, text) => {
    expect(deadline('en', { time: 'calendar', timeout: { afterMinutes: 1440, action } })).toBe(
      text,
    );
  });

  it('given an escalation to a named person, when described, then the person is named, or missing', () => {
    const toUser = { afterMinutes: 120, action: 'escalate', escalateTo: 'user' } as const;

    expect(deadline('zh-CN', { time: 'calendar', timeout: { ...toUser, userId: 'u-li' } })).toBe(
      '2 小时后转交给李娜',
    );
    expect(deadline('en', { time: 'calendar', timeout: toUser })).toBe(
      'After 2 h escalates to a named person (not chosen yet)',
    );
  });

  it('given no deadline, when described, then there is nothing to say', () => {
    expect(deadline('en', undefined)).toBeUndefined();
  });
});

describe('describeDelay', () => {
  const fieldName = (key: string) => (key === 'tripStart' ? '出差开始日期' : key);
  const delay = (config: Record<string, unknown>, locale: Locale = 'en') =>
    describeDelay(config, { t: tFor(locale), fieldName });

  it('given a duration, when described, then the card reads "Wait 2 h"', () => {
    expect(delay({ wait: { kind: 'duration', minutes: 120 } })).toBe('Wait 2 h');
    expect(delay({ wait: { kind: 'duration', minutes: 120 } }, 'zh-CN')).toBe('等待 2 小时');
  });

  it('given a working-time duration, when described, then it says working time', () => {
    expect(delay({ wait: { kind: 'duration', minutes: 480, time: 'working' } })).toBe(
      'Wait 1 working day',
    );
  });

  it('given a wait until a date field, when described, then the field is named with the time', () => {
    const config = { wait: { kind: 'untilField', field: 'tripStart', atTime: '09:00' } };

    expect(delay(config)).toBe('Until 出差开始日期 09:00');
    expect(delay(config, 'zh-CN')).toBe('等到 出差开始日期 09:00');
  });

  it('given a config that does not parse, when described, then it says the wait is not set', () => {
    expect(delay({})).toBe('Wait time not set yet');
    expect(delay({ wait: { kind: 'duration', minutes: 0 } }, 'zh-CN')).toBe('尚未设置等待时间');
  });
});
