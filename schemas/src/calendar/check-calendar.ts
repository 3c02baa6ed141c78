import { zodIssues } from '../checker/parse.ts';
import { excerpt } from '../excerpt.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { createIssue, type IssuePath } from '../issue-factory.ts';
import type { IssueCode, MessageParams } from '../messages.ts';
import { BusinessCalendar } from './business-calendar.ts';
import { isTimeZone, minutesOf } from './time-zone.ts';

type Report = (code: IssueCode, params: MessageParams, path: IssuePath) => void;

function checkHours(calendar: BusinessCalendar, report: Report): void {
  let previousEnd = -1;
  calendar.hours.forEach((hours, index) => {
    const start = minutesOf(hours.start);
    const end = minutesOf(hours.end);
    const period = { start: hours.start, end: hours.end };
    if (start === 24 * 60 || end <= start) report('calendar.hours-empty', period, ['hours', index]);
    else if (start < previousEnd) report('calendar.hours-overlap', period, ['hours', index]);
    previousEnd = Math.max(previousEnd, end);
  });
}

/** The least working time a week may have, in minutes: less is too little to count deadlines in. */
export const MIN_WEEKLY_WORKING_MINUTES = 60;

/** Working minutes of one workday: the periods whose end is after their start. */
function dailyMinutes(calendar: BusinessCalendar): number {
  return calendar.hours.reduce((total, hours) => {
    const length = minutesOf(hours.end) - minutesOf(hours.start);

    return length > 0 ? total + length : total;
  }, 0);
}

/** The ISO weekdays (1 = Monday) by name, for messages. */
const WEEKDAY_NAMES: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  'zh-CN': ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'],
};

function checkDays(calendar: BusinessCalendar, report: Report, locale: Locale): void {
  const holidays = new Set(calendar.holidays);
  calendar.workingDays.forEach((date, index) => {
    if (holidays.has(date)) report('calendar.day-both', { date }, ['workingDays', index]);
  });
  const seen = new Set<number>();
  calendar.workdays.forEach((day, index) => {
    const name = WEEKDAY_NAMES[locale][day - 1] ?? String(day);
    if (seen.has(day)) report('calendar.workday-repeated', { day: name }, ['workdays', index]);
    seen.add(day);
  });
  const daily = dailyMinutes(calendar);
  const weekly = seen.size * daily;
  if (seen.size === 0) report('calendar.no-workdays', {}, ['workdays']);
  else if (daily === 0) report('calendar.no-hours', {}, ['hours']);
  else if (weekly < MIN_WEEKLY_WORKING_MINUTES) {
    const params = { minutes: weekly, least: MIN_WEEKLY_WORKING_MINUTES };
    report('calendar.too-little-time', params, ['hours']);
  }
}

/**
 * Checks a business calendar document and returns every issue at once, in the shape `checkFlow`
 * uses (`code`, `severity`, `path` into the document, `message` in `locale`, `en` by default).
 * A document that does not parse gives only its `schema.invalid` issues. Otherwise, errors: a
 * time zone this runtime does not know (IANA names such as `Europe/Berlin`), a period whose
 * end is not after its start, periods out of order or overlapping, a weekday listed twice in
 * `workdays`, no workday or no working hours (a week without working time: deadlines in working
 * time could never come due), a week with less than `MIN_WEEKLY_WORKING_MINUTES` of working time
 * (too little to count deadlines in), and a day listed both as a holiday and as a make-up
 * working day.
 *
 * @example const savable = !hasErrors(checkBusinessCalendar(input, { locale: 'zh-CN' }));
 */
export function checkBusinessCalendar(
  input: unknown,
  options: { locale?: Locale } = {},
): ValidationIssue[] {
  const locale = options.locale ?? 'en';
  const parsed = BusinessCalendar.safeParse(input);
  if (!parsed.success) return zodIssues(parsed.error, input, locale);
  const calendar = parsed.data;
  const issues: ValidationIssue[] = [];
  const report: Report = (code, params, path) =>
    issues.push(createIssue(code, params, { path, locale }));

  if (!isTimeZone(calendar.timeZone))
    report('calendar.unknown-time-zone', { zone: excerpt(calendar.timeZone) }, ['timeZone']);
  checkHours(calendar, report);
  checkDays(calendar, report, locale);

  return issues;
}
