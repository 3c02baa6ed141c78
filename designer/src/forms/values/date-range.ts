import { isCalendarDate, rangeDays } from '@baton/schemas';

type Parts = { start?: string; end?: string };

/**
 * A date range value read leniently (the user may have set one end so far): its parts, and its
 * length in days, both ends counted, when both are real days in order (`rangeDays`, the
 * schemas' count).
 */
export function dateRangeOf(value: unknown): { parts: Parts; days: number | null } {
  const parts: Parts = {};
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const start: unknown = Reflect.get(value, 'start');
    const end: unknown = Reflect.get(value, 'end');
    if (typeof start === 'string' && start !== '') parts.start = start;
    if (typeof end === 'string' && end !== '') parts.end = end;
  }
  const { start, end } = parts;
  const ordered =
    start !== undefined && end !== undefined && isCalendarDate(start) && isCalendarDate(end);
  const days = ordered && end >= start ? rangeDays({ start, end }) : null;

  return { parts, days };
}
