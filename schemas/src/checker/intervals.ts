import type { Locale } from '../i18n.ts';
import { phrase } from '../messages.ts';
import { Dec, decimalToString } from '../money/decimal.ts';

/** One end of a range of decimals; `null` where the range is unbounded on that side. */
export type Bound = { readonly value: Dec; readonly closed: boolean } | null;
/** A range of decimals, such as `amount >= 1000 && amount < 5000`. @internal */
export type Interval = { readonly low: Bound; readonly high: Bound };

export const EVERYTHING: Interval = { low: null, high: null };

/** Orders lower bounds: unbounded first, then by value, a closed end before an open one. */
export function compareLow(a: Bound, b: Bound): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;

  return a.value.cmp(b.value) || (a.closed === b.closed ? 0 : a.closed ? -1 : 1);
}

/** Orders upper bounds: by value, an open end before a closed one, unbounded last. */
export function compareHigh(a: Bound, b: Bound): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;

  return a.value.cmp(b.value) || (a.closed === b.closed ? 0 : a.closed ? 1 : -1);
}

export function intersect(a: Interval, b: Interval): Interval {
  return {
    low: compareLow(a.low, b.low) >= 0 ? a.low : b.low,
    high: compareHigh(a.high, b.high) <= 0 ? a.high : b.high,
  };
}

/**
 * True when no value of `places` decimal places lies in the interval (`places` undefined: no
 * value at all). With 2 places, `> 1000 && < 1000.01` is empty; `>= 1000 && <= 1000` is not.
 */
export function isEmpty(interval: Interval, places?: number): boolean {
  const { low, high } = interval;
  if (low === null || high === null) return false;
  if (places === undefined) {
    const order = low.value.cmp(high.value);

    return order > 0 || (order === 0 && !(low.closed && high.closed));
  }
  const step = new Dec(10).pow(-places);
  let first = low.value.div(step).ceil().mul(step);
  if (first.eq(low.value) && !low.closed) first = first.plus(step);
  let last = high.value.div(step).floor().mul(step);
  if (last.eq(high.value) && !high.closed) last = last.minus(step);

  return first.gt(last);
}

/** The values between two intervals that neither covers: above `before`, below `after`. */
export function between(before: Interval, after: Interval): Interval {
  const low =
    before.high === null ? null : { value: before.high.value, closed: !before.high.closed };
  const high = after.low === null ? null : { value: after.low.value, closed: !after.low.closed };

  return { low, high };
}

function boundText(bound: NonNullable<Bound>, side: 'low' | 'high', locale: Locale): string {
  const key =
    side === 'low'
      ? bound.closed
        ? 'range.at-least'
        : 'range.above'
      : bound.closed
        ? 'range.at-most'
        : 'range.below';

  return phrase(key, { value: decimalToString(bound.value) }, locale);
}

/** The interval in words: "exactly 1000", "at least 1000 and below 5000", "above 10". */
export function describeInterval(interval: Interval, locale: Locale): string {
  const { low, high } = interval;
  if (low && high && low.value.eq(high.value))
    return phrase('range.point', { value: decimalToString(low.value) }, locale);
  if (low && high) {
    const params = { low: boundText(low, 'low', locale), high: boundText(high, 'high', locale) };

    return phrase('range.both', params, locale);
  }
  if (low) return boundText(low, 'low', locale);
  if (high) return boundText(high, 'high', locale);

  return phrase('range.any', {}, locale);
}
