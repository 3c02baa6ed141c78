import { Decimal } from 'decimal.js';
import { errorFactory } from '../errors.ts';
import { schemasErrors } from '../messages.ts';

const fail = errorFactory(schemasErrors);

/**
 * decimal.js set up for money: 60 significant digits, so sums and products of form amounts never
 * round, and half-up (away from zero on a tie) wherever rounding is asked for.
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Dec = Decimal;

const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Longest decimal string accepted anywhere (digits, sign and point). */
export const MAX_DECIMAL_LENGTH = 60;

/** True for a plain decimal string such as `"12.50"` or `"-3"` (no grouping, exponent or `+`). */
export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_DECIMAL_LENGTH && DECIMAL.test(value);
}

/** Parses a plain decimal string; `null` for anything else (never a binary float on the way). */
export function parseDecimal(value: string): Decimal | null {
  return isDecimalString(value) ? new Dec(value) : null;
}

/** Significant decimal places: `"0.001"` → 3, `"12.50"` → 1, `"7"` → 0. */
export function decimalPlaces(value: string | Decimal): number {
  const decimal = typeof value === 'string' ? parseDecimal(value) : value;

  return decimal ? decimal.decimalPlaces() : 0;
}

/** Places as written, trailing zeros included: `"12.50"` → 2. */
function writtenPlaces(value: string): number {
  const point = value.indexOf('.');

  return point < 0 ? 0 : value.length - point - 1;
}

/** A decimal as a plain string with no exponent and no negative zero. */
export function decimalToString(value: Decimal, places?: number): string {
  const text = places === undefined ? value.toFixed() : value.toFixed(places, Dec.ROUND_HALF_UP);

  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * Exact sum of decimal strings, written with as many places as the most precise input:
 * `sumDecimals(['0.10', '0.20'])` is `"0.30"`. Throws on a value that is not a decimal string.
 */
export function sumDecimals(values: readonly string[]): string {
  let total = new Dec(0);
  let places = 0;
  for (const value of values) {
    const decimal = parseDecimal(value);
    if (!decimal) throw fail('decimal.invalid', { value: JSON.stringify(value) });
    total = total.plus(decimal);
    places = Math.max(places, writtenPlaces(value));
  }

  return decimalToString(total, places);
}

/**
 * Rounds half-up (ties away from zero) to `decimals` places and writes exactly that many:
 * `17.275` → `"17.28"`, `1.005` → `"1.01"`, `-1.005` → `"-1.01"`.
 */
export function roundHalfUp(value: string | Decimal, decimals: number): string {
  const decimal = typeof value === 'string' ? parseDecimal(value) : value;
  if (!decimal) throw fail('decimal.invalid', { value: JSON.stringify(value) });

  return decimalToString(decimal, decimals);
}
