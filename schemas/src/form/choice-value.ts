import type { FormField, SelectOption } from './form.ts';
import {
  type FieldContext,
  type FieldResult,
  accept,
  describeValue,
  refuse,
} from './value-issue.ts';

type ChoiceField = { readonly options: readonly SelectOption[] };
export type MultiSelectField = Extract<FormField, { type: 'multiselect' }>;

function optionList(field: ChoiceField): string {
  return field.options.map((option) => option.value).join(', ');
}

function notOption(field: ChoiceField, raw: unknown, ctx: FieldContext): FieldResult {
  return refuse(
    'form.value.not-option',
    { value: describeValue(raw), options: optionList(field) },
    ctx,
  );
}

/** Checks a `select` or `radio` value: one of the options' values. */
export function checkChoice(field: ChoiceField, raw: unknown, ctx: FieldContext): FieldResult {
  const known = field.options.some((option) => option.value === raw);

  return known ? accept(raw) : notOption(field, raw, ctx);
}

/**
 * Checks a `multiselect` value: a list of option values, each one known (an unknown one is
 * refused at its index). Repeats are dropped and the list comes back in the options' order,
 * so two submissions of the same choices are equal. The count, repeats aside, is held to
 * `minItems` and `maxItems`.
 */
export function checkMultiChoice(
  field: MultiSelectField,
  raw: unknown,
  ctx: FieldContext,
): FieldResult {
  if (!Array.isArray(raw)) return refuse('form.value.not-option-list', {}, ctx);
  const chosen = new Set<unknown>();
  for (const [index, item] of raw.entries()) {
    const known = field.options.some((option) => option.value === item);
    if (!known) return notOption(field, item, { ...ctx, path: [...ctx.path, index] });
    chosen.add(item);
  }
  const { minItems, maxItems } = field.validation;
  if (minItems !== undefined && chosen.size < minItems)
    return refuse('form.value.too-few-items', { min: minItems }, ctx);
  if (maxItems !== undefined && chosen.size > maxItems)
    return refuse('form.value.too-many-items', { max: maxItems }, ctx);

  return accept(field.options.map((option) => option.value).filter((value) => chosen.has(value)));
}
