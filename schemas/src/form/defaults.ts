import { isDecimalString, parseDecimal, decimalToString } from '../money/decimal.ts';
import type { FormDefinition, FormField, FormValues } from './form.ts';
import { recomputeFields } from './recompute.ts';

function decimalDefault(text: string | undefined, places: number): string | undefined {
  const value = text !== undefined && isDecimalString(text) ? parseDecimal(text) : null;

  return value ? decimalToString(value, places) : undefined;
}

function defaultOf(field: FormField, today: string | undefined): unknown {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'select':
    case 'radio':
    case 'checkbox':
      return field.default;
    case 'number':
    case 'money':
    case 'percentage':
      return decimalDefault(field.default, field.validation.decimals);
    case 'multiselect': {
      const chosen = new Set(field.default ?? []);
      const values = field.options.map((option) => option.value).filter((v) => chosen.has(v));

      return values.length > 0 ? values : undefined;
    }
    case 'date':
      return field.default === 'today' ? today : undefined;
    case 'table':
      return [];
    default:
      return undefined;
  }
}

/**
 * The values a new request starts with: each field's default (money, numbers and percentages
 * with the field's places, a multi-selection in the options' order), empty tables, and
 * formulas worked out from those. `today` is the user's own calendar day `YYYY-MM-DD` (in the
 * browser: the local date, never the UTC one), given to date fields that default to `today`;
 * without it they are left empty. Fields without a default are left out.
 */
export function defaultFormValues(form: FormDefinition, today?: string): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    const value = defaultOf(field, today);
    if (value !== undefined) values[field.key] = value;
  }

  return recomputeFields(form, values);
}
