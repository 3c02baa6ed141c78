import { resolveText, type FieldType, type FormDefinition, type Locale } from '@baton/schemas';

/** Field types a rule can read people from. */
export const PEOPLE_FIELD_TYPES: readonly FieldType[] = ['user', 'department'];
/** Field types holding an amount (approval limits, minimum approvers). */
export const AMOUNT_FIELD_TYPES: readonly FieldType[] = ['money', 'number', 'computed'];

/** The form's fields of some types as select options, labelled in the UI language. */
export function fieldChoices(
  form: FormDefinition,
  types: readonly FieldType[],
  locale: Locale,
): { value: string; label: string }[] {
  return form.fields
    .filter((field) => types.includes(field.type))
    .map((field) => ({ value: field.key, label: resolveText(field.label, locale) }));
}
