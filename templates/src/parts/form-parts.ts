import type { ColumnField, FormField, I18nText } from '@baton/schemas';

type Field<T extends FormField['type']> = Extract<FormField, { type: T }>;

type Common = { key: string; label: I18nText; required?: boolean; help?: I18nText };

// Builders write out every default the zod schema would fill in, so a template is already in the
// normalized form that `FormDefinition.parse` returns (the tests check that).
function base(options: Common): {
  key: string;
  label: I18nText;
  required: boolean;
  help?: I18nText;
} {
  const { key, label, required = false, help } = options;

  return help === undefined ? { key, label, required } : { key, label, required, help };
}

export function textField(
  options: Common & { multiline?: boolean; maxLength?: number },
): Field<'text' | 'textarea'> {
  const validation = options.maxLength === undefined ? {} : { maxLength: options.maxLength };

  return { ...base(options), type: options.multiline ? 'textarea' : 'text', validation };
}

type Bounds = { min?: string; max?: string };

function bounds(options: Bounds): Bounds {
  return {
    ...(options.min === undefined ? {} : { min: options.min }),
    ...(options.max === undefined ? {} : { max: options.max }),
  };
}

/** Money in CNY with two decimals; `min`/`max` are decimal strings. */
export function moneyField(options: Common & Bounds): Field<'money'> {
  return {
    ...base(options),
    type: 'money',
    currency: 'CNY',
    validation: { ...bounds(options), decimals: 2 },
  };
}

export function numberField(options: Common & Bounds & { decimals?: number }): Field<'number'> {
  const validation = { ...bounds(options), decimals: options.decimals ?? 0 };

  return { ...base(options), type: 'number', validation };
}

export function dateField(options: Common & { defaultToday?: boolean }): Field<'date'> {
  return options.defaultToday
    ? { ...base(options), type: 'date', default: 'today' }
    : { ...base(options), type: 'date' };
}

export function selectField(
  options: Common & { options: Array<{ value: string; label: I18nText }>; default?: string },
): Field<'select' | 'radio'> {
  const field: Field<'select' | 'radio'> = {
    ...base(options),
    type: 'select',
    options: options.options,
  };

  return options.default === undefined ? field : { ...field, default: options.default };
}

export function tableField(
  options: Common & { columns: ColumnField[]; minRows?: number },
): Field<'table'> {
  return {
    ...base(options),
    type: 'table',
    columns: options.columns,
    minRows: options.minRows ?? 0,
    maxRows: 500,
  };
}

/** A read-only money total computed by `formula`, e.g. `sum(items.amount)`. */
export function moneyTotal(options: Common & { formula: string }): Field<'computed'> {
  return {
    ...base(options),
    type: 'computed',
    formula: options.formula,
    valueType: 'money',
    currency: 'CNY',
    decimals: 2,
  };
}
