import { z } from 'zod';
import { I18nText } from '../i18n.ts';

export const FORM_SCHEMA_VERSION = 1;

const FieldKey = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'a letter, then letters, digits or _');
/** A decimal written as a string, e.g. `"1000000.00"`: never a binary float. */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, 'a decimal number such as 12.50');

/*
 * Every object of a form is strict: a key the schema does not know (a typo such as `requred` or
 * `maxLenght`) is an issue (`document.unknown-key`), never silently dropped.
 */
const Base = {
  key: FieldKey,
  label: I18nText,
  required: z.boolean().default(false),
  help: I18nText.optional(),
};

export const SelectOption = z.strictObject({ value: z.string().min(1), label: I18nText });

export const TextField = z.strictObject({
  ...Base,
  type: z.enum(['text', 'textarea']),
  validation: z
    .strictObject({
      minLength: z.number().int().min(0).optional(),
      maxLength: z.number().int().min(1).optional(),
    })
    .default({}),
  default: z.string().optional(),
});

export const NumberField = z.strictObject({
  ...Base,
  type: z.literal('number'),
  validation: z
    .strictObject({
      min: DecimalString.optional(),
      max: DecimalString.optional(),
      decimals: z.number().int().min(0).max(8).default(0),
    })
    .default({ decimals: 0 }),
  default: DecimalString.optional(),
});

/** Money: the value is a decimal string in the field's currency, with at most `decimals` places. */
export const MoneyField = z.strictObject({
  ...Base,
  type: z.literal('money'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('CNY'),
  validation: z
    .strictObject({
      min: DecimalString.optional(),
      max: DecimalString.optional(),
      decimals: z.number().int().min(0).max(4).default(2),
    })
    .default({ decimals: 2 }),
  default: DecimalString.optional(),
});

/** A calendar day as `YYYY-MM-DD`, the same in every time zone. */
export const DateField = z.strictObject({
  ...Base,
  type: z.literal('date'),
  default: z.literal('today').optional(),
});

export const SelectField = z.strictObject({
  ...Base,
  type: z.literal('select'),
  options: z.array(SelectOption).min(1),
  default: z.string().optional(),
});

/** A person of the organization: the value is a user id, or a list of ids when `multiple`. */
export const UserField = z.strictObject({
  ...Base,
  type: z.literal('user'),
  multiple: z.boolean().default(false),
});

/** A department of the organization: the value is a department id. */
export const DepartmentField = z.strictObject({ ...Base, type: z.literal('department') });

/** Fields that may be a column of a line-item table. */
export const ColumnField = z.discriminatedUnion('type', [
  TextField,
  NumberField,
  MoneyField,
  DateField,
  SelectField,
]);
export type ColumnField = z.infer<typeof ColumnField>;

export const TableField = z.strictObject({
  ...Base,
  type: z.literal('table'),
  columns: z.array(ColumnField).min(1),
  minRows: z.number().int().min(0).default(0),
  maxRows: z.number().int().min(1).default(500),
});

/** A value computed from other fields by a formula such as `sum(items.amount)`. */
export const ComputedField = z.strictObject({
  ...Base,
  type: z.literal('computed'),
  formula: z.string().min(1),
  valueType: z.enum(['money', 'number']).default('money'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('CNY'),
  decimals: z.number().int().min(0).max(8).default(2),
});

export const FormField = z.discriminatedUnion('type', [
  TextField,
  NumberField,
  MoneyField,
  DateField,
  SelectField,
  UserField,
  DepartmentField,
  TableField,
  ComputedField,
]);
export type FormField = z.infer<typeof FormField>;
export type FieldType = FormField['type'];

export const FormDefinition = z.strictObject({
  schemaVersion: z.literal(FORM_SCHEMA_VERSION),
  fields: z.array(FormField),
});
export type FormDefinition = z.infer<typeof FormDefinition>;

/**
 * Submitted values, keyed by field key. Money and number values are decimal strings, dates are
 * `YYYY-MM-DD`, tables are arrays of row objects. `validateFormValues` checks and normalizes them.
 */
export const FormValues = z.record(z.string(), z.unknown());
export type FormValues = z.infer<typeof FormValues>;
