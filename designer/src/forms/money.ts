import { formatMoney, type Locale } from '@baton/schemas';
import { toChineseCapitals } from './chinese-capitals.ts';
import { formatDecimal, groupDigits } from './decimal-text.ts';

const signs = new Map<string, string>();

function lookUpSign(currency: string, locale: Locale): string {
  try {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);

    return parts.find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    // An ISO code the browser does not know: show the code itself.
    return currency;
  }
}

/**
 * The currency sign the UI language uses (`¥` in zh-CN, `CN¥` in en for CNY). Remembered per
 * language and currency: building a number format is slow, and every amount cell asks.
 */
export function currencySign(currency: string, locale: Locale): string {
  const key = `${locale} ${currency}`;
  let sign = signs.get(key);
  if (sign === undefined) {
    sign = lookUpSign(currency, locale);
    signs.set(key, sign);
  }

  return sign;
}

/**
 * An amount for display: `"12345.6"` → `"¥12,345.60"` (zh-CN). Text that is not a decimal yet
 * (the user is typing) is shown as typed; with more places than `decimals` it is shown unrounded,
 * so the hint never hides what validation will refuse.
 */
export function displayMoney(
  decimal: string,
  currency: string,
  locale: Locale,
  decimals?: number,
): string {
  const places = decimal.split('.')[1]?.length ?? 0;
  if (decimals !== undefined && places > decimals) {
    return `${currencySign(currency, locale)}${groupDigits(decimal)}`;
  }
  try {
    return formatMoney(decimal, currency, locale);
  } catch {
    // formatMoney refuses non-decimals; keep whatever the user has typed so far.
    return decimal;
  }
}

/** The amount in words under an amount field: Chinese capitals for CNY, nothing otherwise. */
export function moneyInWords(decimal: string, currency: string): string | null {
  return currency === 'CNY' ? toChineseCapitals(decimal) : null;
}

/** A number for display with grouping, padded to `decimals` places. */
export function displayNumber(decimal: string, decimals: number): string {
  return formatDecimal(decimal, decimals);
}
