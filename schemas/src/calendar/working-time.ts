import type { BusinessCalendar } from './business-calendar.ts';
import {
  MS,
  dateText,
  dayOf,
  instantOfWall,
  isTimeZone,
  localDay,
  minutesOf,
} from './time-zone.ts';

/** The furthest `addWorkingMinutes` looks ahead before it gives up: a hundred years of days. */
const MAX_DAYS = 36_600;

function instantOf(iso: string): number {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) throw new Error(`not an ISO-8601 instant: ${JSON.stringify(iso)}`);

  return instant;
}

function checkMinutes(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 0)
    throw new Error(`minutes must be a whole number, at least 0: ${minutes}`);
}

/** `startIso` plus `minutes` of calendar time (every minute counts), as an ISO instant (UTC). */
export function addMinutes(startIso: string, minutes: number): string {
  checkMinutes(minutes);

  return new Date(instantOf(startIso) + minutes * MS.MINUTE).toISOString();
}

/**
 * The instant (ISO, UTC) at which the clocks of `timeZone` show `time` (`HH:mm`) on `date`
 * (`YYYY-MM-DD`). A time skipped by a daylight-saving change gives the moment after the gap
 * (Berlin, 2026-03-29 02:30 → 03:30 CEST); a repeated time gives its first occurrence.
 * Throws on a malformed date or time or an unknown zone.
 *
 * @example zonedInstant('2026-10-01', '09:00', 'Asia/Shanghai') // '2026-10-01T01:00:00.000Z'
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const day = dayOf(date);
  const minute = minutesOf(time);
  if (Number.isNaN(day) || Number.isNaN(minute) || minute > 24 * 60)
    throw new Error(`not a date and time: ${JSON.stringify(date)} ${JSON.stringify(time)}`);
  if (!isTimeZone(timeZone)) throw new Error(`unknown time zone: ${JSON.stringify(timeZone)}`);

  return new Date(instantOfWall(day + minute * MS.MINUTE, timeZone)).toISOString();
}

type Period = { readonly start: number; readonly end: number };

/** The calendar read once: working periods as minutes of the day, days as sets. */
type Schedule = {
  readonly timeZone: string;
  readonly periods: readonly Period[];
  readonly workdays: ReadonlySet<number>;
  readonly holidays: ReadonlySet<string>;
  readonly workingDays: ReadonlySet<string>;
};

function scheduleOf(calendar: BusinessCalendar): Schedule {
  if (!isTimeZone(calendar.timeZone))
    throw new Error(`unknown time zone in the business calendar: ${calendar.timeZone}`);
  const periods = calendar.hours
    .map((hours) => ({ start: minutesOf(hours.start), end: minutesOf(hours.end) }))
    .filter((period) => period.end > period.start);
  const workdays = new Set(calendar.workdays);
  if (periods.length === 0 || (workdays.size === 0 && calendar.workingDays.length === 0))
    throw new Error('the business calendar has no working time: no working hours or no workdays');

  return {
    timeZone: calendar.timeZone,
    periods,
    workdays,
    holidays: new Set(calendar.holidays),
    workingDays: new Set(calendar.workingDays),
  };
}

/** ISO weekday (1 = Monday) of a day given as ms of its midnight read as UTC. */
function weekday(day: number): number {
  return ((new Date(day).getUTCDay() + 6) % 7) + 1;
}

/** Make-up working days win over holidays, which win over the weekly workdays. */
function isWorkingDay(schedule: Schedule, day: number): boolean {
  const date = dateText(day);
  if (schedule.workingDays.has(date)) return true;
  if (schedule.holidays.has(date)) return false;

  return schedule.workdays.has(weekday(day));
}

/**
 * `startIso` plus `minutes` of working time in `calendar`: only minutes inside its working
 * hours on working days count, in its time zone (offsets per instant, so daylight-saving days
 * count their real length). A start outside working hours counts from the next working moment;
 * a deadline that falls exactly at the end of a period is that end (Friday 17:00 + 60 min with
 * hours until 18:00 is Friday 18:00). 0 minutes gives the start unchanged. Throws an `Error`
 * for a calendar without working time, or when the minutes would reach beyond a hundred years.
 *
 * @example
 * // Mon–Fri 09:00–12:00 and 13:00–18:00: Friday 17:00 + 120 min is Monday 10:00.
 * addWorkingMinutes('2026-01-09T09:00:00.000Z', 120, DEFAULT_BUSINESS_CALENDAR)
 */
export function addWorkingMinutes(
  startIso: string,
  minutes: number,
  calendar: BusinessCalendar,
): string {
  checkMinutes(minutes);
  const start = instantOf(startIso);
  if (minutes === 0) return new Date(start).toISOString();
  const schedule = scheduleOf(calendar);
  let remaining = minutes * MS.MINUTE;
  let day = localDay(start, schedule.timeZone);
  for (let scanned = 0; scanned < MAX_DAYS; scanned++, day += MS.DAY) {
    if (!isWorkingDay(schedule, day)) continue;
    for (const period of schedule.periods) {
      const from = Math.max(
        start,
        instantOfWall(day + period.start * MS.MINUTE, schedule.timeZone),
      );
      const until = instantOfWall(day + period.end * MS.MINUTE, schedule.timeZone);
      if (until <= from) continue;
      if (remaining <= until - from) return new Date(from + remaining).toISOString();
      remaining -= until - from;
    }
  }
  throw new Error(`${minutes} working minutes reach beyond a hundred years in this calendar`);
}
