const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Wider than any real UTC offset (−12:00 … +14:00) and any daylight-saving shift. */
const PROBE = 18 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }

  return formatter;
}

/** Whether `timeZone` is an IANA zone this JavaScript engine knows (`Asia/Shanghai`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);

    return true;
  } catch {
    // Intl throws a RangeError for a zone it does not know: that is the answer, not a failure.
    return false;
  }
}

/**
 * The wall clock of `instant` (ms since the epoch) in `timeZone`, read as if it were UTC: the
 * difference to `instant` is the zone's offset at that instant.
 */
function wallClock(instant: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );

  return wall + (instant % 1000);
}

/** The zone's offset from UTC at `instant`, in ms (Asia/Shanghai: +8 h). */
export function offsetAt(instant: number, timeZone: string): number {
  return wallClock(instant, timeZone) - instant;
}

/** The local calendar day (ms of its midnight, read as UTC) of `instant` in `timeZone`. */
export function localDay(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);

  return wall - (((wall % DAY) + DAY) % DAY);
}

/**
 * The instant at which the clocks of `timeZone` show `wall` (a wall time read as UTC, ms). In a
 * daylight-saving gap (a time the clocks skip) the moment after the gap by the same distance is
 * given (Berlin 02:30 on the spring change: 03:30); when a time repeats (autumn), the first.
 */
export function instantOfWall(wall: number, timeZone: string): number {
  const before = wall - offsetAt(wall - PROBE, timeZone);
  const after = wall - offsetAt(wall + PROBE, timeZone);
  const shows = (instant: number) => wallClock(instant, timeZone) === wall;
  if (shows(before) && shows(after)) return Math.min(before, after);
  if (shows(after)) return after;
  if (shows(before)) return before;

  return before;
}

/** ms of `YYYY-MM-DD`'s midnight read as UTC, or NaN. */
export function dayOf(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return Number.NaN;

  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** `HH:mm` as minutes of the day (`24:00` is 1440), or NaN. */
export function minutesOf(time: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return Number.NaN;

  return Number(match[1]) * 60 + Number(match[2]);
}

/** `YYYY-MM-DD` of a day given as ms of its midnight read as UTC. */
export function dateText(day: number): string {
  return new Date(day).toISOString().slice(0, 10);
}

export const MS = { MINUTE, DAY } as const;
