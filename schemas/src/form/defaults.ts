import { isDecimalString, parseDecimal, decimalToString } from '../money/decimal.ts';
import type { FormDefinition, FormValues } from './form.ts';
import { recomputeFields } from './validate.ts';

/**
 * The values a new request starts with: each field's default (`today` for a date that asks for
 * it, money and numbers with the field's places), empty tables, and computed fields worked out
 * from those. Fields without a default are left out.
 */
export function defaultFormValues(form: FormDefinition, today: string): FormValues {
  const values: FormValues = {};
  for (const field of form.fields) {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'select':
        if (field.default !== undefined) values[field.key] = field.default;
        break;
      case 'number':
      case 'money': {
        const value =
          field.default !== undefined && isDecimalString(field.default)
            ? parseDecimal(field.default)
            : null;
        if (value) values[field.key] = decimalToString(value, field.validation.decimals);
        break;
      }
      case 'date':
        if (field.default === 'today') values[field.key] = today;
        break;
      case 'table':
        values[field.key] = [];
        break;
      case 'user':
      case 'department':
      case 'computed':
        break;
    }
  }

  return recomputeFields(form, values);
}
