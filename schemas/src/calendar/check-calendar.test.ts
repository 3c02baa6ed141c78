import { describe, expect, it } from 'vitest';
import { summarize } from '../checker/test-flows.ts';
import { DEFAULT_BUSINESS_CALENDAR } from './business-calendar.ts';
import { checkBusinessCalendar } from './check-calendar.ts';

const check = (changes: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') =>
  summarize(checkBusinessCalendar({ ...DEFAULT_BUSINESS_CALENDAR, ...changes }, { locale }));

describe('checkBusinessCalendar', () => {
  it('finds nothing wrong with the default calendar or a Berlin one', () => {
    expect(check({})).toEqual([]);
    expect(check({ timeZone: 'Europe/Berlin', hours: [{ start: '00:00', end: '24:00' }] })).toEqual(
      [],
    );
  });

  it('refuses a time zone the runtime does not know, at the time zone', () => {
    expect(check({ timeZone: 'Asia/Atlantis' })).toMatchInlineSnapshot(`
      [
        "calendar.unknown-time-zone timeZone: The time zone "Asia/Atlantis" is not known: use an IANA name such as Asia/Shanghai or Europe/Berlin",
      ]
    `);
  });

  it('refuses empty, reversed, unordered and overlapping periods, each at its period', () => {
    const hours = [
      { start: '09:00', end: '12:00' },
      { start: '11:00', end: '13:00' },
      { start: '14:00', end: '14:00' },
      { start: '18:00', end: '17:00' },
    ];

    expect(check({ hours })).toMatchInlineSnapshot(`
      [
        "calendar.hours-overlap hours.1: The working period 11:00–13:00 starts before the previous one ends: list periods in order, without overlap",
        "calendar.hours-empty hours.2: The working period 14:00–14:00 ends before it starts or at its start",
        "calendar.hours-empty hours.3: The working period 18:00–17:00 ends before it starts or at its start",
      ]
    `);
    expect(check({ hours: [...DEFAULT_BUSINESS_CALENDAR.hours].reverse() })).toMatchInlineSnapshot(`
      [
        "calendar.hours-overlap hours.1: The working period 09:00–12:00 starts before the previous one ends: list periods in order, without overlap",
      ]
    `);
  });

  it('refuses a week without working time', () => {
    expect(check({ workdays: [] })).toMatchInlineSnapshot(`
      [
        "calendar.no-workdays workdays: The calendar has no workday, so working time never passes: choose at least one day of the week",
      ]
    `);
    expect(check({ hours: [] })).toMatchInlineSnapshot(`
      [
        "calendar.no-hours hours: The calendar has no working hours, so working time never passes: add at least one period",
      ]
    `);
  });

  it('refuses a weekday listed twice, at its second place', () => {
    expect(check({ workdays: [1, 2, 3, 2, 5, 1] })).toMatchInlineSnapshot(`
      [
        "calendar.workday-repeated workdays.3: Tuesday is listed more than once among the workdays: list each day once",
        "calendar.workday-repeated workdays.5: Monday is listed more than once among the workdays: list each day once",
      ]
    `);
  });

  it('refuses a week with less than an hour of working time, counting each weekday once', () => {
    const short = [{ start: '09:00', end: '09:20' }];

    expect(check({ workdays: [1, 2], hours: short })).toMatchInlineSnapshot(`
      [
        "calendar.too-little-time hours: The calendar has only 40 working minutes a week, too little working time to count deadlines in: allow at least 60 minutes a week",
      ]
    `);
    expect(check({ workdays: [1, 1, 1, 1], hours: short })).toMatchInlineSnapshot(`
      [
        "calendar.workday-repeated workdays.1: Monday is listed more than once among the workdays: list each day once",
        "calendar.workday-repeated workdays.2: Monday is listed more than once among the workdays: list each day once",
        "calendar.workday-repeated workdays.3: Monday is listed more than once among the workdays: list each day once",
        "calendar.too-little-time hours: The calendar has only 20 working minutes a week, too little working time to count deadlines in: allow at least 60 minutes a week",
      ]
    `);
    expect(check({ workdays: [1, 2, 3], hours: short })).toEqual([]);
    expect(check({ workdays: [6], hours: [{ start: '10:00', end: '11:00' }] })).toEqual([]);
  });

  it('refuses a day that is both a holiday and a make-up working day, at the working day', () => {
    const days = { holidays: ['2026-10-01', '2026-10-10'], workingDays: ['2026-10-10'] };

    expect(check(days)).toMatchInlineSnapshot(`
      [
        "calendar.day-both workingDays.0: 2026-10-10 is listed both as a holiday and as a make-up working day: keep one",
      ]
    `);
  });

  it('gives only the schema issues of a document that does not parse', () => {
    const issues = checkBusinessCalendar({
      ...DEFAULT_BUSINESS_CALENDAR,
      holidays: ['2026-02-30'],
    });

    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['schema.invalid', 'holidays.0'],
    ]);
  });

  it('writes its issues in Chinese', () => {
    expect(check({ workdays: [1, 1] }, 'zh-CN')).toMatchInlineSnapshot(`
      [
        "calendar.workday-repeated workdays.1: 工作日中多次列出了星期一：每天只列一次",
      ]
    `);
    expect(check({ workdays: [] }, 'zh-CN')).toMatchInlineSnapshot(`
      [
        "calendar.no-workdays workdays: 日历没有工作日，工作时间永远不会流逝：请至少选择一周中的一天",
      ]
    `);
  });
});
