import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  checkBusinessCalendar,
  DEFAULT_BUSINESS_CALENDAR,
  type BusinessCalendar,
  type Locale,
} from '@baton/schemas';
import { calendarIssueText } from './calendar-issues.ts';
import { adminWorkEn } from './messages-en.ts';
import { adminWorkZh } from './messages-zh-CN.ts';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { 'zh-CN': { adminWork: adminWorkZh }, en: { adminWork: adminWorkEn } },
  lng: 'zh-CN',
  ns: ['adminWork'],
  defaultNS: 'adminWork',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** What the form shows for `calendar`'s issues, checked and worded in `locale`. */
function shown(calendar: BusinessCalendar, locale: Locale): string[] {
  const t = i18n.getFixedT(locale, 'adminWork');

  return checkBusinessCalendar(calendar, { locale }).map((issue) =>
    calendarIssueText(issue, calendar, t),
  );
}

const withHours = (start: string, end: string): BusinessCalendar => ({
  ...DEFAULT_BUSINESS_CALENDAR,
  hours: [{ start, end }, ...DEFAULT_BUSINESS_CALENDAR.hours.slice(1)],
});

describe('calendar issues at their fields', () => {
  it('given an empty time zone, when checked, then the form asks for one in the UI language', () => {
    const calendar = { ...DEFAULT_BUSINESS_CALENDAR, timeZone: '' };

    expect(shown(calendar, 'zh-CN')).toEqual(['请填写时区，例如 Asia/Shanghai']);
    expect(shown(calendar, 'en')).toEqual(['Enter a time zone, e.g. Asia/Shanghai']);
  });

  it('given a time zone past the limit, when checked, then the message names the limit', () => {
    const calendar = { ...DEFAULT_BUSINESS_CALENDAR, timeZone: 'A'.repeat(65) };

    expect(shown(calendar, 'en')).toEqual([
      'The time zone name is too long: at most 64 characters',
    ]);
  });

  it('given a period 25:00–26:00, when checked, then both times read as not times with the period number', () => {
    const calendar = withHours('25:00', '26:00');

    expect(shown(calendar, 'zh-CN')).toEqual([
      '时段 1：开始时间“25:00”不是时间：请按 24 小时制写成“时:分”，例如 09:00',
      '时段 1：结束时间“26:00”不是时间：请按 24 小时制写成“时:分”，例如 18:00（到午夜为止可写 24:00）',
    ]);
    expect(shown(calendar, 'en')[0]).toBe(
      'Period 1: The start “25:00” is not a time: use 24-hour hours:minutes, e.g. 09:00',
    );
  });

  it('given a period typed as 9 to 12, when checked, then no raw path or English zod text shows', () => {
    const texts = shown(withHours('9', '12'), 'zh-CN');

    expect(texts).toHaveLength(2);
    expect(texts.join(' ')).not.toMatch(/hours\[|a time such as/);
    expect(texts[0]).toContain('“9”');
  });

  it('given an empty end, when checked, then it asks for the end time', () => {
    expect(shown(withHours('09:00', ''), 'en')).toEqual([
      'Period 1: Enter an end time, e.g. 18:00',
    ]);
  });

  it('given too many periods, when checked, then the message names the limit', () => {
    const hours = Array.from({ length: 13 }, () => ({ start: '09:00', end: '10:00' }));

    expect(shown({ ...DEFAULT_BUSINESS_CALENDAR, hours }, 'zh-CN')).toEqual([
      '工作时段太多：最多 12 个',
    ]);
  });

  it('given a reversed period, when checked, then the calendar’s own message keeps its words', () => {
    expect(shown(withHours('12:00', '09:00'), 'zh-CN')).toEqual([
      '时段 1：工作时段 12:00–09:00 的结束时间不晚于开始时间',
    ]);
  });
});
