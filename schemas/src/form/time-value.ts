import { isCalendarDate } from '../calendar-date.ts';
import { MS, dayOf } from '../calendar/time-zone.ts';
import type { FormField } from './form.ts';
import {
  type FieldContext,
  type FieldResult,
  accept,
  describeValue,
  isMissing,
  isRecord,
  refuse,
} from './value-issue.ts';

export type DateRangeField = Extract<FormField, { type: 'dateRange' }>;
/** A date range value once checked. */
export type DateRange = { readonly start: string; readonly end: string };

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/i;

/** Checks a `date` value: a real calendar day written `YYYY-MM-DD`, never parsed as a moment. */
export function checkDate(raw: unknown, ctx: FieldContext): FieldResult {
  if (typeof raw === 'string' && isCalendarDate(raw)) return accept(raw);

  return refuse('form.value.not-date', { value: describeValue(raw) }, ctx);
}

/** Minutes east of UTC of `Z`, `+08:00` or `-05:30`; NaN past ±23:59. */
function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return Number.NaN;

  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * An ISO 8601 instant written the one way Baton stores it, `YYYY-MM-DDTHH:mm:ssZ` in UTC, or
 * `null` when `text` is not an instant with a time zone. Fractions of a second are dropped
 * (toward the earlier second); `2026-03-12T09:30:00.250+08:00` is `2026-03-12T01:30:00Z`.
 */
export function normalizeInstant(text: string): string | null {
  const match = INSTANT.exec(text);
  if (!match?.[7]) return null;
  const [, year, month, day, hour, minute, second = '00', zone] = match;
  const offset = offsetMinutes(zone ?? 'Z');
  if (!isCalendarDate(`${year}-${month}-${day}`) || Number.isNaN(offset)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const moment = new Date(0);
  moment.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  moment.setUTCHours(Number(hour), Number(minute) - offset, Number(second), 0);
  const iso = moment.toISOString();

  return /^\d{4}-/.test(iso) ? `${iso.slice(0, 19)}Z` : null;
}

/**
 * Checks a `datetime` value: an instant with `Z` or an offset (milliseconds allowed), stored
 * as `YYYY-MM-DDTHH:mm:ssZ`. A time without a zone is refused with its own code: it would
 * mean a different moment for every viewer.
 */
export function checkDateTime(raw: unknown, ctx: FieldContext): FieldResult {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const normalized = normalizeInstant(text);
  if (normalized) return accept(normalized);
  const local = INSTANT.exec(text);
  const code = local && !local[7] ? 'form.value.datetime-no-zone' : 'form.value.not-datetime';

  return refuse(code, { value: describeValue(raw) }, ctx);
}

/** Days from `start` to `end` counted inclusively (`2026-03-02`–`2026-03-04` is 3). */
export function rangeDays(range: DateRange): number {
  return Math.round((dayOf(range.end) - dayOf(range.start)) / MS.DAY) + 1;
}

/** An object with no keys but `start` and `end` (either may be absent). */
function isRangeShape(raw: unknown): raw is { start?: unknown; end?: unknown } {
  return isRecord(raw) && Object.keys(raw).every((key) => key === 'start' || key === 'end');
}

/** Whether a date range value has neither a start nor an end (it is missing). */
export function isEmptyRange(raw: unknown): boolean {
  return isRangeShape(raw) && isMissing(raw.start) && isMissing(raw.end);
}

const MISSING_DAY = { start: 'form.value.range-no-start', end: 'form.value.range-no-end' } as const;

/** One day of a range: a real day, or the refusal at `[...path, key]` saying what is wrong. */
function checkRangeDay(key: 'start' | 'end', day: unknown, ctx: FieldContext) {
  const at = { ...ctx, path: [...ctx.path, key] };
  if (isMissing(day)) return refuse(MISSING_DAY[key], {}, at);
  if (typeof day !== 'string' || !isCalendarDate(day))
    return refuse('form.value.not-date', { value: describeValue(day) }, at);

  return accept(day);
}

/**
 * Checks a `dateRange` value: `{ start, end }` and no other key, two real days (a missing one
 * named as such), `end` not before `start`, and at most `maxDays` days counted inclusively.
 */
export function checkDateRange(
  field: DateRangeField,
  raw: unknown,
  ctx: FieldContext,
): FieldResult {
  if (!isRangeShape(raw)) return refuse('form.value.not-date-range', {}, ctx);
  const { start, end } = raw;
  for (const [key, day] of [
    ['start', start],
    ['end', end],
  ] as const) {
    const checked = checkRangeDay(key, day, ctx);
    if (checked.issues.length > 0) return checked;
  }
  const range = { start: String(start), end: String(end) };
  if (range.end < range.start) return refuse('form.value.range-reversed', range, ctx);
  const days = rangeDays(range);
  const { maxDays } = field.validation;
  if (maxDays !== undefined && days > maxDays)
    return refuse('form.value.range-too-long', { ...range, days, max: maxDays }, ctx);

  return accept(range);
}
