/**
 * Text helpers for decimal strings. Amounts stay strings from the keyboard to the server: nothing
 * here goes through a JS number.
 */

const FULL_WIDTH_DIGITS = /[０-９]/g;
const DECIMAL_SHAPE = /^(-?)(\d+)(?:\.(\d*))?$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Correct thousands grouping (`12,345.6`): the commas can go without changing the amount. */
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d*)?$/;
/** A sign, a currency sign and spaces in front (`" - ¥ 12"`): cosmetic, dropped. */
const LEADING = /^\s*(-?)\s*[¥￥$]?\s*/;
/** What a decimal looks like halfway through typing: `-`, `12.`, `12,3` (grouping under way). */
const UNFINISHED = /^-?$|^-?\d+\.$|^-?\d{1,3}(,\d{3})*,\d{0,2}$/;

/**
 * Cleans what the user typed into an amount field without changing the amount or hiding a
 * mistake: full-width digits, points and minus signs become ASCII, a leading currency sign and
 * surrounding spaces go, correct grouping commas go, and a leading point gets its zero.
 * Everything else stays as typed (`"1e3"` stays `"1e3"`), for `decimalTextState` and the
 * validation to refuse visibly; nothing is dropped silently.
 * `"１２,３４５。６７"` → `"12345.67"`.
 */
export function sanitizeDecimalInput(raw: string): string {
  const ascii = raw
    .replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, '.')
    .replace(/[－—–−]/g, '-')
    .replace(/，/g, ',');
  const bare = ascii
    .replace(LEADING, '$1')
    .trimEnd()
    .replace(/^(-?)\./, (_whole, sign: string) => `${sign}0.`);

  return GROUPED.test(bare) ? bare.replace(/,/g, '') : bare;
}

/**
 * Where typed amount text stands: `decimal` (a value the server accepts the shape of),
 * `unfinished` (not yet, but typing on can get there: `-`, `12.`, `1,23`), `invalid` (it can
 * never become one: `1e3`, `12-3`, `abc`), or `empty`.
 */
export function decimalTextState(text: string): 'empty' | 'decimal' | 'unfinished' | 'invalid' {
  if (text === '') return 'empty';
  if (DECIMAL.test(text)) return 'decimal';

  return UNFINISHED.test(text) ? 'unfinished' : 'invalid';
}

/** `"12345.6"` → `"12,345.6"`; a string that is not a decimal comes back unchanged. */
export function groupDigits(decimal: string): string {
  const match = DECIMAL_SHAPE.exec(decimal);
  if (!match) return decimal;
  const [, sign = '', integer = '', fraction] = match;
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  return fraction === undefined ? sign + grouped : `${sign}${grouped}.${fraction}`;
}

/**
 * Pads the fraction to `decimals` places with zeros (`"12.5"`, 2 → `"12.50"`) and groups the
 * digits. It never rounds: a value with more places is shown as it is (validation flags it).
 */
export function formatDecimal(decimal: string, decimals: number): string {
  const match = DECIMAL_SHAPE.exec(decimal);
  if (!match) return decimal;
  const [, sign = '', integer = '', fraction = ''] = match;
  const padded = fraction.length >= decimals ? fraction : fraction.padEnd(decimals, '0');

  return groupDigits(padded === '' ? `${sign}${integer}` : `${sign}${integer}.${padded}`);
}

/** A value read from form values as text: decimal strings as they are, anything else empty. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);

  return '';
}
