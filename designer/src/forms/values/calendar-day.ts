import type { Locale } from '@baton/schemas';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a `YYYY-MM-DD` day, or null when the text is not one. */
function utcMidnight(text: string): number | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 2026-02-30 over to March: such a text is not a real day.
  const real =
    back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;

  return real ? time : null;
}

/**
 * A calendar day for display in the UI language ("2026年3月2日" / "Mar 2, 2026"). The day is
 * read and formatted in UTC on purpose: it is a date without a time, so no viewer's time zone
 * may move it (`new Date('2026-03-02')` shown in Los Angeles would read March 1). Text that is
 * not a day is shown as it is.
 */
export function formatCalendarDay(text: string, locale: Locale): string {
  const time = utcMidnight(text);
  if (time === null) return text;

  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}
