import { roundHalfUp, type FormField, type Locale } from '@baton/schemas';
import { formatDecimal } from './decimal-text.ts';
import { displayMoney } from './money.ts';

type ComputedField = Extract<FormField, { type: 'computed' }>;

function rounded(value: string, decimals: number): string {
  try {
    return roundHalfUp(value, decimals);
  } catch {
    // Not a decimal (yet): shown as it is.
    return value;
  }
}

/**
 * A computed field's value for display, rounded half-up to the field's places: `"0.3"` →
 * `"¥0.30"` (or `"0.30"` without the sign, where the sign sits beside the input).
 */
export function formatComputed(
  field: ComputedField,
  value: string,
  locale: Locale,
  options: { readonly sign: boolean },
): string {
  const text = rounded(value, field.decimals);
  if (field.valueType === 'money' && options.sign) {
    return displayMoney(text, field.currency, locale);
  }

  return formatDecimal(text, field.decimals);
}
