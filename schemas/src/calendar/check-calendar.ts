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

function checkDays(calendar: BusinessCalendar, report: Report): void {
  const holidays = new Set(calendar.holidays);
  calendar.workingDays.forEach((date, index) => {
    if (holidays.has(date)) report('calendar.day-both', { date }, ['workingDays', index]);
  });
  const hasHours = calendar.hours.some((hours) => minutesOf(hours.end) > minutesOf(hours.start));
  if (calendar.workdays.length === 0) report('calendar.no-workdays', {}, ['workdays']);
  else if (!hasHours) report('calendar.no-hours', {}, ['hours']);
}

/**
 * Checks a business calendar document and returns every issue at once, in the shape `checkFlow`
 * uses (`code`, `severity`, `path` into the document, `message` in `locale`, `en` by default).
 * A document that does not parse gives only its `schema.invalid` issues. Otherwise, errors: a
 * time zone this runtime does not know (IANA names such as `Europe/Berlin`), a period whose
 * end is not after its start, periods out of order or overlapping, no workday or no working
 * hours (a week without working time: deadlines in working time could never come due), and a
 * day listed both as a holiday and as a make-up working day.
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
  checkDays(calendar, report);

  return issues;
}
