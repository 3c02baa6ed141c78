import { describe, expect, it } from 'vitest';
import { FormDefinition } from './form.ts';
import { formJsonSchema } from './json-schema.ts';
import { validateFormValues } from './validate.ts';

type Schema = Record<string, unknown>;
const FORMATS: Record<string, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
};

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';

  return typeof value;
}

/** The keywords `formJsonSchema` uses, checked the way JSON Schema 2020-12 defines them. */
function violations(schema: Schema, value: unknown, at = '$'): string[] {
  const out: string[] = [];
  const fail = (keyword: string) => out.push(`${at}: ${keyword}`);
  const { type } = schema;
  if (
    typeof type === 'string' &&
    typeOf(value) !== type &&
    !(type === 'number' && typeOf(value) === 'integer')
  )
    return [`${at}: type`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) fail('enum');
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail('pattern');
    if (typeof schema.format === 'string' && !FORMATS[schema.format]?.test(value)) fail('format');
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength)
      fail('minLength');
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength)
      fail('maxLength');
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum)
    fail('minimum');
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('minItems');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail('maxItems');
    if (
      schema.uniqueItems === true &&
      new Set(value.map((item) => JSON.stringify(item))).size !== value.length
    )
      fail('uniqueItems');
    if (schema.items)
      value.forEach((item, index) =>
        out.push(...violations(schema.items as Schema, item, `${at}[${index}]`)),
      );
  }
  if (Array.isArray(schema.oneOf)) {
    const fits = schema.oneOf.filter(
      (option) => violations(option as Schema, value, at).length === 0,
    );
    if (fits.length !== 1) fail('oneOf');
  }
  if (typeOf(value) === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in record)) fail(`required ${key}`);
    for (const [key, item] of Object.entries(record)) {
      const property = properties[key];
      if (property) out.push(...violations(property, item, `${at}.${key}`));
      else if (schema.additionalProperties === false) fail(`additionalProperties ${key}`);
    }
  }

  return out;
}

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    {
      key: 'title',
      type: 'text',
      label: { en: 'Title', 'zh-CN': '标题' },
      required: true,
      validation: { pattern: '[A-Z].*' },
    },
    { key: 'amount', type: 'money', label: 'Amount', required: true, validation: { min: '0' } },
    { key: 'rate', type: 'percentage', label: 'Rate' },
    { key: 'day', type: 'date', label: 'Day' },
    { key: 'meetAt', type: 'datetime', label: 'Meeting' },
    { key: 'trip', type: 'dateRange', label: 'Trip' },
    {
      key: 'kind',
      type: 'radio',
      label: 'Kind',
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
      ],
    },
    {
      key: 'tags',
      type: 'multiselect',
      label: 'Tags',
      options: [{ value: 'x', label: 'X' }],
      validation: { maxItems: 1 },
    },
    { key: 'agree', type: 'checkbox', label: 'Agree' },
    { key: 'payee', type: 'user', label: 'Payee' },
    { key: 'files', type: 'attachment', label: 'Files' },
    { key: 'supplier', type: 'remote', label: 'Supplier', source: 'supplier' },
    { key: 'related', type: 'reference', label: 'Related' },
    { key: 'intro', type: 'description', label: 'Intro', text: 'Hello' },
    {
      key: 'items',
      type: 'table',
      label: 'Items',
      columns: [
        { key: 'quantity', type: 'number', label: 'Quantity' },
        { key: 'price', type: 'money', label: 'Price', required: true },
        {
          key: 'amount',
          type: 'computed',
          label: 'Amount',
          formula: 'quantity * price',
          total: true,
        },
      ],
    },
    { key: 'total', type: 'computed', label: 'Total', formula: 'sum(items.amount)' },
  ],
});

const submission = {
  title: 'Trip to Hangzhou',
  amount: '1200.5',
  rate: '6',
  day: '2026-03-12',
  meetAt: '2026-03-12T09:30:00+08:00',
  trip: { start: '2026-03-12', end: '2026-03-14' },
  kind: 'b',
  tags: ['x'],
  agree: true,
  payee: 'u-1',
  files: ['f-1', { id: 'f-2', name: 'a.pdf', size: 3, mediaType: 'application/pdf' }],
  supplier: 'SUP-1',
  related: 'req-1',
  items: [{ quantity: '2', price: '10.00' }],
};

describe('formJsonSchema', () => {
  const schema = formJsonSchema(form);

  it('accepts the values the server normalizes from a real submission', () => {
    const { values, issues } = validateFormValues(form, submission);

    expect(issues).toEqual([]);
    expect(violations(schema, values)).toEqual([]);
  });

  it('refuses what the server refuses where a schema can say it', () => {
    const bad = {
      ...submission,
      title: 'lower case',
      amount: '1,200.50',
      day: '2026/03/12',
      kind: 'c',
      tags: ['x', 'x'],
      extra: 1,
      items: [{ quantity: '2' }],
    };

    expect(violations(schema, bad)).toEqual([
      '$.title: pattern',
      '$.amount: pattern',
      '$.day: format',
      '$.kind: enum',
      '$.tags: maxItems',
      '$.tags: uniqueItems',
      '$.items[0]: required price',
      '$: additionalProperties extra',
    ]);
  });

  it('gives text without a maxLength the default cap the server applies', () => {
    expect(violations(schema, { ...submission, title: `A${'x'.repeat(2000)}` })).toEqual([
      '$.title: maxLength',
    ]);
  });

  it('names fields in the locale, marks computed values read-only and leaves out descriptions', () => {
    const zh = formJsonSchema(form, { locale: 'zh-CN' });
    const properties = zh.properties as Record<string, Schema>;
    const items = properties.items?.items as Schema;

    expect(zh.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(properties.title?.title).toBe('标题');
    expect(properties.total?.readOnly).toBe(true);
    expect((items.properties as Record<string, Schema>).amount?.readOnly).toBe(true);
    expect(properties).not.toHaveProperty('intro');
    expect(zh.required).toEqual(['title', 'amount']);
    expect(properties.amount?.description).toBe(
      '以字符串书写的十进制数，最多 2 位小数。 币种 CNY。 不小于 0。',
    );
  });

  it('asks a required tick box to be ticked and calls a number without places whole', () => {
    const ticked = formJsonSchema(
      FormDefinition.parse({
        schemaVersion: 1,
        fields: [
          { key: 'agree', type: 'checkbox', label: 'Agree', required: true },
          { key: 'count', type: 'number', label: 'Count' },
        ],
      }),
    );
    const properties = ticked.properties as Record<string, Schema>;

    expect(properties.agree).toEqual({ title: 'Agree', type: 'boolean', const: true });
    expect(properties.count?.description).toBe('A whole number written as a string.');
  });
});
