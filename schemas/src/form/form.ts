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
/**
 * A linkage rule: a boolean expression over the form (the same language as conditions, checked
 * against the form by `checkForm`). A rule that cannot be evaluated (an empty operand) is false.
 */
const Rule = z.string().min(1).max(2000);

const Base = {
  key: FieldKey,
  label: I18nText,
  required: z.boolean().default(false),
  help: I18nText.optional(),
  /**
   * Linkage. `visibleWhen`: the field is shown only while it holds; a field hidden by its rule
   * has no value: the server drops what was submitted for it and conditions never see it.
   * `requiredWhen`: required while it holds (on top of `required`). `disabledWhen`: read-only
   * while it holds; the server keeps the value it had (none at the start) whatever is submitted.
   */
  visibleWhen: Rule.optional(),
  requiredWhen: Rule.optional(),
  disabledWhen: Rule.optional(),
};

/** Column parts: a column of a line-item table has no linkage rules of its own. */
const ColumnBase = {
  key: FieldKey,
  label: I18nText,
  required: z.boolean().default(false),
  help: I18nText.optional(),
};

export const SelectOption = z.strictObject({ value: z.string().min(1), label: I18nText });
export type SelectOption = z.infer<typeof SelectOption>;

const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a three-letter currency code such as CNY')
  .default('CNY');

const Decimals = (max: number, fallback: number) =>
  z.number().int().min(0).max(max).default(fallback);

/*
 * Each simple type is written once as its parts and made twice: as a top-level field (with
 * linkage rules) and as a column of a line-item table (without).
 */
const textParts = {
  type: z.enum(['text', 'textarea']),
  validation: z
    .strictObject({
      minLength: z.number().int().min(0).optional(),
      maxLength: z.number().int().min(1).optional(),
      /**
       * A pattern the text must match in full, in a safe subset checked by `checkForm`
       * (no back-references or look-arounds; see `textPattern`), with the message to show.
       */
      pattern: z.string().min(1).max(200).optional(),
      patternMessage: I18nText.optional(),
    })
    .default({}),
  default: z.string().optional(),
};

const numberParts = {
  type: z.literal('number'),
  validation: z
    .strictObject({
      min: DecimalString.optional(),
      max: DecimalString.optional(),
      decimals: Decimals(8, 0),
    })
    .default({ decimals: 0 }),
  default: DecimalString.optional(),
};

/** Money: the value is a decimal string in the field's currency, with at most `decimals` places. */
const moneyParts = {
  type: z.literal('money'),
  currency: CurrencyCode,
  validation: z
    .strictObject({
      min: DecimalString.optional(),
      max: DecimalString.optional(),
      decimals: Decimals(4, 2),
    })
    .default({ decimals: 2 }),
  default: DecimalString.optional(),
};

/**
 * A percentage: the value is the percent as a decimal string (`"12.50"` is 12.50 %), and so
 * it is in expressions: `amount * rate / 100`.
 */
const percentageParts = {
  type: z.literal('percentage'),
  validation: z
    .strictObject({
      min: DecimalString.optional(),
      max: DecimalString.optional(),
      decimals: Decimals(6, 2),
    })
    .default({ decimals: 2 }),
  default: DecimalString.optional(),
};

/** A calendar day as `YYYY-MM-DD`, the same in every time zone. `today`: the user's own day. */
const dateParts = { type: z.literal('date'), default: z.literal('today').optional() };

/** One option of a list: the value is the option's `value`. `radio` shows them as buttons. */
const choiceParts = {
  type: z.enum(['select', 'radio']),
  options: z.array(SelectOption).min(1).max(500),
  default: z.string().optional(),
};

/** A tick box: the value is `true` or `false`; `required` means it must be ticked. */
const checkboxParts = { type: z.literal('checkbox'), default: z.boolean().optional() };

export const TextField = z.strictObject({ ...Base, ...textParts });
export const NumberField = z.strictObject({ ...Base, ...numberParts });
export const MoneyField = z.strictObject({ ...Base, ...moneyParts });
export const PercentageField = z.strictObject({ ...Base, ...percentageParts });
export const DateField = z.strictObject({ ...Base, ...dateParts });
export const SelectField = z.strictObject({ ...Base, ...choiceParts });
export const CheckboxField = z.strictObject({ ...Base, ...checkboxParts });

/**
 * A moment: the value is an ISO 8601 instant in UTC, `YYYY-MM-DDTHH:mm:ssZ` (the browser
 * converts from and to the viewer's own time zone). In expressions it is that text, so two
 * moments compare in time order.
 */
export const DateTimeField = z.strictObject({ ...Base, type: z.literal('datetime') });

/**
 * A period of calendar days: `{ start, end }`, both `YYYY-MM-DD`, `end` not before `start`.
 * Its duration is the number of days counted inclusively (`2026-03-02`–`2026-03-04` is 3), or
 * of working days of the business calendar with `duration: 'workdays'`; in expressions the
 * field is its duration in days (a number).
 */
export const DateRangeField = z.strictObject({
  ...Base,
  type: z.literal('dateRange'),
  duration: z.enum(['days', 'workdays']).default('days'),
  validation: z
    .strictObject({
      maxDays: z.number().int().min(1).max(3660).optional(),
    })
    .default({}),
});

/** Several options: the value is a list of option values, in the options' order, no repeats. */
export const MultiSelectField = z.strictObject({
  ...Base,
  type: z.literal('multiselect'),
  options: z.array(SelectOption).min(1).max(500),
  validation: z
    .strictObject({
      minItems: z.number().int().min(0).optional(),
      maxItems: z.number().int().min(1).optional(),
    })
    .default({}),
  default: z.array(z.string()).optional(),
});

/** A person of the organization: the value is a user id, or a list of ids when `multiple`. */
export const UserField = z.strictObject({
  ...Base,
  type: z.literal('user'),
  multiple: z.boolean().default(false),
});

/** A department of the organization: the value is a department id. */
export const DepartmentField = z.strictObject({ ...Base, type: z.literal('department') });

/** Most files one attachment or image field may hold, and the largest file size, in MB. */
export const MAX_FIELD_FILES = 50;
export const MAX_FILE_MB = 50;

/**
 * Files stored by the server. The value is a list of `{ id, name, size, mediaType }`: the
 * browser uploads each file first (`POST /api/attachments`) and submits the ids; the server
 * fills in the rest from what it stored, and refuses an id that is not the submitter's own
 * upload (or already on this request's field). `accept`: allowed file name extensions in lower
 * case without the dot (empty: any of the server's safe list); `image` accepts only
 * png, jpg, jpeg, gif and webp and shows previews.
 */
export const AttachmentField = z.strictObject({
  ...Base,
  type: z.enum(['attachment', 'image']),
  validation: z
    .strictObject({
      maxFiles: z.number().int().min(1).max(MAX_FIELD_FILES).default(10),
      maxSizeMb: z.number().int().min(1).max(MAX_FILE_MB).default(20),
      accept: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/, 'an extension such as pdf'))
        .max(50)
        .default([]),
    })
    .default({ maxFiles: 10, maxSizeMb: 20, accept: [] }),
});

/** Master-data lists admins maintain in Baton (`masterData` procedures). */
export const MasterDataKind = z.enum(['costCentre', 'supplier', 'project']);
export type MasterDataKind = z.infer<typeof MasterDataKind>;

/**
 * One entry of a master-data list: the value is the entry's `code`. The server refuses a code
 * that does not exist or was deactivated (a request keeps the codes it was submitted with).
 */
export const RemoteField = z.strictObject({
  ...Base,
  type: z.literal('remote'),
  source: MasterDataKind,
});

/**
 * Another request the submitter may read, by id; `flowKeys` limits it to requests of those
 * flows. In expressions it is the id.
 */
export const ReferenceField = z.strictObject({
  ...Base,
  type: z.literal('reference'),
  flowKeys: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, 'lower-case letters, digits and -'))
    .max(20)
    .default([]),
});

/** Text shown in the form, holding no value (instructions, a policy excerpt). */
export const DescriptionField = z.strictObject({
  key: FieldKey,
  type: z.literal('description'),
  label: I18nText,
  text: I18nText,
  visibleWhen: Rule.optional(),
});

/** A heading that starts a group of the fields after it, up to the next section. */
export const SectionField = z.strictObject({
  key: FieldKey,
  type: z.literal('section'),
  label: I18nText,
  help: I18nText.optional(),
  visibleWhen: Rule.optional(),
});

/**
 * A column worked out for each row from that row's cells, such as `quantity * unitPrice`:
 * the formula reads the row's columns by key (and no other field). Rounded half-up to
 * `decimals`; the server recomputes it and refuses a submitted value that differs.
 */
const ComputedColumn = z.strictObject({
  ...ColumnBase,
  type: z.literal('computed'),
  formula: z.string().min(1).max(2000),
  valueType: z.enum(['money', 'number']).default('money'),
  currency: CurrencyCode,
  decimals: Decimals(8, 2),
  total: z.boolean().optional(),
});

/** `total`: the column's sum is shown under the table (and is `sum(table.column)`). */
const Total = { total: z.boolean().optional() };

/** Fields that may be a column of a line-item table. */
export const ColumnField = z.discriminatedUnion('type', [
  z.strictObject({ ...ColumnBase, ...textParts }),
  z.strictObject({ ...ColumnBase, ...numberParts, ...Total }),
  z.strictObject({ ...ColumnBase, ...moneyParts, ...Total }),
  z.strictObject({ ...ColumnBase, ...percentageParts }),
  z.strictObject({ ...ColumnBase, ...dateParts }),
  z.strictObject({ ...ColumnBase, ...choiceParts }),
  z.strictObject({ ...ColumnBase, ...checkboxParts }),
  ComputedColumn,
]);
export type ColumnField = z.infer<typeof ColumnField>;

export const TableField = z.strictObject({
  ...Base,
  type: z.literal('table'),
  columns: z.array(ColumnField).min(1).max(50),
  minRows: z.number().int().min(0).default(0),
  maxRows: z.number().int().min(1).max(1000).default(500),
});

/**
 * A value computed from other fields by a formula such as `sum(items.amount)`. The server
 * recomputes it and refuses a submitted value that differs.
 */
export const ComputedField = z.strictObject({
  ...Base,
  type: z.literal('computed'),
  formula: z.string().min(1).max(2000),
  valueType: z.enum(['money', 'number']).default('money'),
  currency: CurrencyCode,
  decimals: Decimals(8, 2),
});

export const FormField = z.discriminatedUnion('type', [
  TextField,
  NumberField,
  MoneyField,
  PercentageField,
  DateField,
  DateTimeField,
  DateRangeField,
  SelectField,
  MultiSelectField,
  CheckboxField,
  UserField,
  DepartmentField,
  AttachmentField,
  RemoteField,
  ReferenceField,
  TableField,
  ComputedField,
  DescriptionField,
  SectionField,
]);
export type FormField = z.infer<typeof FormField>;
export type FieldType = FormField['type'];

/** Field types that hold no value: they only show text. */
export const DISPLAY_ONLY_TYPES = ['description', 'section'] as const satisfies FieldType[];

/** Most fields of one form (sections and descriptions included). */
export const MAX_FORM_FIELDS = 300;

export const FormDefinition = z.strictObject({
  schemaVersion: z.literal(FORM_SCHEMA_VERSION),
  fields: z.array(FormField).max(MAX_FORM_FIELDS),
});
export type FormDefinition = z.infer<typeof FormDefinition>;

/**
 * Submitted values, keyed by field key. Money and number values are decimal strings, dates are
 * `YYYY-MM-DD`, tables are arrays of row objects. `validateFormValues` checks and normalizes them.
 */
export const FormValues = z.record(z.string(), z.unknown());
export type FormValues = z.infer<typeof FormValues>;
