import { describe, expect, it } from 'vitest';
import {
  checkBusinessCalendar,
  DEFAULT_BUSINESS_CALENDAR,
  type ValidationIssue,
} from '@baton/schemas';
import {
  fromDraft,
  issuesBySection,
  parseDateList,
  toDraft,
  workdayMinutes,
} from './calendar-draft.ts';

describe('parseDateList', () => {
  it('given dates on lines, with commas and 、, when parsed, then each valid date is kept once in order', () => {
    expect(parseDateList('2026-10-01\n2026-10-02, 2026-10-03、2026-10-01\n\n')).toEqual({
      dates: ['2026-10-01', '2026-10-02', '2026-10-03'],
      bad: [],
    });
  });

  it('given pieces that are not dates, when parsed, then they are listed apart', () => {
    expect(parseDateList('2026-02-30 国庆 2026-1-1 2026-10-08')).toEqual({
      dates: ['2026-10-08'],
      bad: ['2026-02-30', '国庆', '2026-1-1'],
    });
  });
});

describe('toDraft and fromDraft', () => {
  it('given the default calendar, when turned into a draft and back, then it is the same', () => {
    expect(fromDraft(toDraft(DEFAULT_BUSINESS_CALENDAR))).toEqual(DEFAULT_BUSINESS_CALENDAR);
  });

  it('given a draft with unsorted workdays and padded text, when turned into a calendar, then it is tidied', () => {
    const draft = {
      ...toDraft(DEFAULT_BUSINESS_CALENDAR),
      timeZone: ' Europe/Berlin ',
      workdays: [5, 1, 3, 1],
      holidays: '2026-10-01\n2026-10-02',
      workingDays: '2026-10-11',
    };

    expect(fromDraft(draft)).toMatchObject({
      timeZone: 'Europe/Berlin',
      workdays: [1, 3, 5],
      holidays: ['2026-10-01', '2026-10-02'],
      workingDays: ['2026-10-11'],
    });
  });
});

describe('issuesBySection', () => {
  it('given a calendar with problems in several places, when grouped, then each issue is at its field', () => {
    const calendar = {
      ...DEFAULT_BUSINESS_CALENDAR,
      timeZone: 'Mars/Olympus',
      hours: [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '18:00' },
      ],
      holidays: ['2026-10-08'],
      workingDays: ['2026-10-08'],
    };
    const grouped = issuesBySection(checkBusinessCalendar(calendar));
    const codes = Object.fromEntries(
      Object.entries(grouped).map(([key, issues]) => [key, issues.map((issue) => issue.code)]),
    );

    expect(codes).toEqual({
      timeZone: ['calendar.unknown-time-zone'],
      hours: ['calendar.hours-overlap'],
      workingDays: ['calendar.day-both'],
    });
  });

  it('given an issue about the whole document, when grouped, then it goes with the first field', () => {
    const issue: ValidationIssue = {
      code: 'schema.invalid',
      severity: 'error',
      path: [],
      message: 'x',
    };

    expect(issuesBySection([issue])).toEqual({ timeZone: [issue] });
  });
});

describe('workdayMinutes', () => {
  it('given the default calendar, when measured, then a working day has 8 hours', () => {
    expect(workdayMinutes(DEFAULT_BUSINESS_CALENDAR)).toBe(480);
  });

  it('given a period ending at 24:00 and an empty one, when measured, then only real time counts', () => {
    const hours = [
      { start: '20:00', end: '24:00' },
      { start: '10:00', end: '09:00' },
    ];

    expect(workdayMinutes({ hours })).toBe(240);
  });
});
