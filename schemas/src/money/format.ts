import { errorFactory } from '../errors.ts';
import type { Locale } from '../i18n.ts';
import { schemasErrors } from '../messages.ts';
import { decimalToString, parseDecimal } from './decimal.ts';

const fail = errorFactory(schemasErrors);

function groupDigits(integer: string, separator: string): string {
  let out = '';
  for (let i = 0; i < integer.length; i += 1) {
    const left = integer.length - i;
    out += (i > 0 && left % 3 === 0 ? separator : '') + integer[i];
  }

  return out;
}

/**
 * Formats a decimal string as money in the locale's style with grouping, e.g.
 * `formatMoney('12345.67', 'CNY', 'en')` → `"CN¥12,345.67"`, in `zh-CN` → `"¥12,345.67"`.
 * Digits never pass through a binary float: the locale only supplies symbols and their order.
 * Rounds half-up to the currency's minor unit.
 */
export function formatMoney(value: string, currency: string, locale: Locale = 'en'): string {
  const decimal = parseDecimal(value);
  if (!decimal) throw fail('decimal.invalid', { value: JSON.stringify(value) });
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const places = format.resolvedOptions().maximumFractionDigits ?? 2;
  const rounded = decimalToString(decimal, places);
  const negative = rounded.startsWith('-');
  const [integer = '0', fraction = ''] = (negative ? rounded.slice(1) : rounded).split('.');
  const group = format.formatToParts(1_000_000).find((part) => part.type === 'group')?.value ?? ',';

  return format
    .formatToParts(negative ? -1 : 1)
    .map((part) => {
      if (part.type === 'integer') return groupDigits(integer, group);
      if (part.type === 'fraction') return fraction;

      return part.value;
    })
    .join('');
}
