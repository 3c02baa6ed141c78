/**
 * Text helpers for decimal strings. Amounts stay strings from the keyboard to the server: nothing
 * here goes through a JS number.
 */

const FULL_WIDTH_DIGITS = /[０-９]/g;
const DECIMAL_SHAPE = /^(-?)(\d+)(?:\.(\d*))?$/;

/**
 * Cleans what the user typed into an amount field: full-width digits and points become ASCII,
 * grouping commas and spaces are dropped, anything else that is not part of a number too.
 * `"１２,３４５。６７"` → `"12345.67"`.
 */
export function sanitizeDecimalInput(raw: string): string {
  const ascii = raw
    .replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, '.')
    .replace(/[－—]/g, '-');
  const kept = ascii.replace(/[^\d.-]/g, '');
  const sign = kept.startsWith('-') ? '-' : '';

  return sign + kept.replace(/-/g, '');
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
