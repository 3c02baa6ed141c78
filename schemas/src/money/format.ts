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

type MoneyStyle = {
  places: number;
  group: string;
  positive: Intl.NumberFormatPart[];
  negative: Intl.NumberFormatPart[];
};

/** Formatter facts by `locale currency`: building an Intl.NumberFormat is costly. */
const styles = new Map<string, MoneyStyle>();

function moneyStyle(currency: string, locale: Locale): MoneyStyle {
  const key = `${locale} ${currency}`;
  const known = styles.get(key);
  if (known) return known;
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const style = {
    places: format.resolvedOptions().maximumFractionDigits ?? 2,
    group: format.formatToParts(1_000_000).find((part) => part.type === 'group')?.value ?? ',',
    positive: format.formatToParts(1),
    negative: format.formatToParts(-1),
  };
  styles.set(key, style);

  return style;
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
  const style = moneyStyle(currency, locale);
  const rounded = decimalToString(decimal, style.places);
  const negative = rounded.startsWith('-');
  const [integer = '0', fraction = ''] = (negative ? rounded.slice(1) : rounded).split('.');

  return (negative ? style.negative : style.positive)
    .map((part) => {
      if (part.type === 'integer') return groupDigits(integer, style.group);
      if (part.type === 'fraction') return fraction;

      return part.value;
    })
    .join('');
}
