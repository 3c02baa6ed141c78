import { type Locale, resolveText } from '../i18n.ts';
import { phrase } from '../messages.ts';
import { MAX_INTEGER_DIGITS } from './decimal-value.ts';
import { MAX_CODE_LENGTH, MAX_REQUEST_ID_LENGTH } from './field-value.ts';
import { MAX_FILE_ID_LENGTH } from './file-value.ts';
import type { ColumnField, FormDefinition, FormField } from './form.ts';
import { DEFAULT_MAX_LENGTH } from './text-value.ts';

/** A JSON Schema (draft 2020-12) object, as plain JSON. */
export type ValuesJsonSchema = { [key: string]: unknown };

type Described = FormField | ColumnField;

/** A decimal string with at most `places` places and at most 18 digits before the point. */
function decimalSchema(places: number, locale: Locale, extra: string[] = []): ValuesJsonSchema {
  const fraction = places > 0 ? `(\\.\\d{1,${places}})?` : '';
  const note =
    places > 0
      ? phrase('schema.decimal', { places }, locale)
      : phrase('schema.whole-number', {}, locale);

  return {
    type: 'string',
    pattern: `^-?\\d{1,${MAX_INTEGER_DIGITS}}${fraction}$`,
    description: [note, ...extra].join(' '),
  };
}

function bounds(
  validation: { min?: string | undefined; max?: string | undefined },
  locale: Locale,
): string[] {
  const out: string[] = [];
  if (validation.min !== undefined) out.push(phrase('schema.min', { min: validation.min }, locale));
  if (validation.max !== undefined) out.push(phrase('schema.max', { max: validation.max }, locale));

  return out;
}

function textSchema(field: Extract<Described, { type: 'text' | 'textarea' }>, locale: Locale) {
  const { minLength, pattern, patternMessage } = field.validation;
  const { maxLength = DEFAULT_MAX_LENGTH[field.type] } = field.validation;
  const schema: ValuesJsonSchema = { type: 'string', maxLength };
  if (minLength !== undefined) schema['minLength'] = minLength;
  // Form patterns must match the whole text; JSON Schema patterns match anywhere.
  if (pattern !== undefined) schema['pattern'] = `^(?:${pattern})$`;
  if (patternMessage !== undefined) schema['description'] = resolveText(patternMessage, locale);

  return schema;
}

const fileItem = {
  oneOf: [
    { type: 'string', minLength: 1, maxLength: MAX_FILE_ID_LENGTH },
    {
      type: 'object',
      properties: {
        id: { type: 'string', minLength: 1, maxLength: MAX_FILE_ID_LENGTH },
        name: { type: 'string' },
        size: { type: 'integer', minimum: 0 },
        mediaType: { type: 'string' },
      },
      required: ['id'],
      additionalProperties: false,
    },
  ],
};

/** The schema of one value of a column type (every column type is also a field type). */
function columnSchema(field: Described, locale: Locale): ValuesJsonSchema {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return textSchema(field, locale);
    case 'number':
    case 'percentage':
      return decimalSchema(field.validation.decimals, locale, bounds(field.validation, locale));
    case 'money': {
      const currency = phrase('schema.currency', { currency: field.currency }, locale);

      return decimalSchema(field.validation.decimals, locale, [
        currency,
        ...bounds(field.validation, locale),
      ]);
    }
    case 'date':
      return { type: 'string', format: 'date' };
    case 'select':
    case 'radio':
      return { type: 'string', enum: field.options.map((option) => option.value) };
    case 'checkbox':
      // A required tick box must be ticked.
      return field.required ? { type: 'boolean', const: true } : { type: 'boolean' };
    case 'computed':
      return { ...decimalSchema(field.decimals, locale), readOnly: true };
    default:
      return fieldSchema(field, locale);
  }
}

/** The schema of a value of a field that cannot be a column. */
function fieldSchema(field: Described, locale: Locale): ValuesJsonSchema {
  switch (field.type) {
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'dateRange': {
      const day = { type: 'string', format: 'date' };
      const properties = { start: day, end: day };

      return {
        type: 'object',
        properties,
        required: ['start', 'end'],
        additionalProperties: false,
      };
    }
    case 'multiselect': {
      const { minItems, maxItems } = field.validation;
      const items = { type: 'string', enum: field.options.map((option) => option.value) };

      const schema: ValuesJsonSchema = { type: 'array', items, uniqueItems: true };
      if (minItems !== undefined) schema['minItems'] = minItems;
      if (maxItems !== undefined) schema['maxItems'] = maxItems;

      return schema;
    }
    case 'user':
      return field.multiple
        ? { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true }
        : { type: 'string', minLength: 1 };
    case 'department':
      return { type: 'string', minLength: 1 };
    case 'attachment':
    case 'image':
      return { type: 'array', items: fileItem, maxItems: field.validation.maxFiles };
    case 'remote':
      return { type: 'string', minLength: 1, maxLength: MAX_CODE_LENGTH };
    case 'reference':
      return { type: 'string', minLength: 1, maxLength: MAX_REQUEST_ID_LENGTH };
    case 'table':
      return tableSchema(field, locale);
    default:
      return columnSchema(field, locale);
  }
}

function tableSchema(field: Extract<FormField, { type: 'table' }>, locale: Locale) {
  const row = objectSchema(field.columns, locale);

  return { type: 'array', items: row, minItems: field.minRows, maxItems: field.maxRows };
}

function titled(field: Described, locale: Locale): ValuesJsonSchema {
  const schema: ValuesJsonSchema = {
    title: resolveText(field.label, locale),
    ...columnSchema(field, locale),
  };
  if ('help' in field && field.help !== undefined && schema['description'] === undefined)
    schema['description'] = resolveText(field.help, locale);

  return schema;
}

function objectSchema(fields: readonly Described[], locale: Locale): ValuesJsonSchema {
  const valued = fields.filter((field) => field.type !== 'description' && field.type !== 'section');
  const required = valued
    .filter((field) => 'required' in field && field.required && field.type !== 'computed')
    .map((field) => field.key);

  return {
    type: 'object',
    properties: Object.fromEntries(valued.map((field) => [field.key, titled(field, locale)])),
    required,
    additionalProperties: false,
  };
}

/**
 * JSON Schema (draft 2020-12) of the values a client submits for this form, for integrations:
 * one property per field that holds a value (descriptions and sections have none), `title`
 * from the labels in `locale`. Decimals are strings with a pattern and their places in the
 * description, dates `format: date`, date-times `format: date-time`, choices `enum`, tables
 * arrays of row objects, computed fields and columns `readOnly` (the server works them out).
 * What a schema cannot say is left to `validateFormValues`, the judge: bounds of decimals,
 * linkage rules (a field hidden by a rule is dropped, `requiredWhen`), file ownership.
 */
export function formJsonSchema(
  form: FormDefinition,
  options: { locale?: Locale } = {},
): ValuesJsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...objectSchema(form.fields, options.locale ?? 'en'),
  };
}
