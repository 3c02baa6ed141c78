import { describe, expect, it } from 'vitest';
import type { AccessMap } from './access.ts';
import { FormDefinition } from './form.ts';
import { validateFormValues } from './validate.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'purpose', type: 'text', label: 'Purpose', required: true },
    { key: 'amount', type: 'money', label: 'Amount' },
    {
      key: 'tier',
      type: 'select',
      label: 'Tier',
      options: [
        { value: 'low', label: 'Low' },
        { value: 'high', label: 'High' },
      ],
    },
    { key: 'financeCode', type: 'text', label: 'Finance code', requiredWhen: "tier == 'high'" },
    { key: 'secretTwo', type: 'text', label: 'Secret two', requiredWhen: "tier == 'high'" },
    { key: 'approved', type: 'checkbox', label: 'Approved', required: true },
    {
      key: 'items',
      type: 'table',
      label: 'Items',
      minRows: 1,
      columns: [{ key: 'amount', type: 'money', label: 'Amount' }],
    },
    { key: 'tax', type: 'computed', label: 'Tax', formula: 'amount * 6 / 100' },
    { key: 'huge', type: 'computed', label: 'Huge', formula: 'amount * 1000000000000' },
    { key: 'notes', type: 'textarea', label: 'Notes' },
    { key: 'trip', type: 'dateRange', label: 'Trip' },
  ],
});

/** The manager: edits the tier only; finance's code, the secrets and the tax are hidden. */
const manager: AccessMap = {
  purpose: 'read',
  amount: 'read',
  tier: 'edit',
  financeCode: 'read',
  secretTwo: 'hidden',
  approved: 'read',
  items: 'read',
  tax: 'hidden',
  huge: 'hidden',
  notes: 'read',
  trip: 'read',
};

const held = { purpose: 'Fair', amount: '3827.16', approved: true, items: [{ amount: '1.00' }] };

const lines = (values: unknown, options: Parameters<typeof validateFormValues>[2] = {}) =>
  validateFormValues(form, values, options).issues.map(
    (issue) => `${issue.path.join('.')}: ${issue.code}: ${issue.message}`,
  );

describe('validateFormValues for one writer (access)', () => {
  it('requires a field only of a writer who may edit it', () => {
    // given the manager raising the tier, which makes two fields she cannot edit required
    const values = { ...held, tier: 'high' };

    // then nothing is asked of her, while a writer editing everything is held to both
    expect(lines(values, { access: manager })).toEqual([]);
    expect(lines(values)).toEqual([
      'financeCode: form.value.required: Finance code is required',
      'secretTwo: form.value.required: Secret two is required',
    ]);
  });

  it('holds a writer who may edit a required field to it, a box to be ticked, a table to its rows', () => {
    const everything: AccessMap = Object.fromEntries(form.fields.map((f) => [f.key, 'edit']));

    expect(lines({ purpose: 'x', approved: false }, { access: everything })).toEqual([
      'approved: form.value.not-ticked: Approved must be ticked',
      'items: form.table.too-few-rows: Items needs at least 1 row(s)',
    ]);
    expect(lines({ purpose: 'x', approved: false }, { access: manager })).toEqual([]);
  });

  it('quotes no computed value the writer cannot read', () => {
    // given a submitted tax that differs, and an amount whose hidden product is too large
    const values = { ...held, amount: '999999999.00', tax: '1' };

    // then the hidden tax is worked out without a word and the hidden product names nothing
    expect(lines(values, { access: manager })).toEqual([
      ': form.computed.too-large-unseen: A computed field you cannot see would have more than 18 digits before the decimal point',
    ]);
    expect(lines(values).join('\n')).toContain('differs from the computed value 59999999.94');
  });
});

describe('validateFormValues limits', () => {
  it('caps text at 2,000 characters and long text at 20,000 unless the field says otherwise', () => {
    expect(lines({ ...held, purpose: 'x'.repeat(2001), notes: 'y'.repeat(20_001) })).toEqual([
      'purpose: form.value.too-long: Purpose allows at most 2000 characters',
      'notes: form.value.too-long: Notes allows at most 20000 characters',
    ]);
    expect(lines({ ...held, purpose: 'x'.repeat(2000), notes: 'y'.repeat(20_000) })).toEqual([]);
  });

  it('lists the first 100 issues and counts the rest in one last issue', () => {
    // given 50,000 keys the form does not know
    const values = {
      ...held,
      ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, 1])),
    };

    // when they are validated
    const { issues } = validateFormValues(form, values);

    // then 100 are listed and one more says how many were left out
    expect(issues).toHaveLength(101);
    expect(issues[99]?.path).toEqual(['k99']);
    expect(issues[100]).toEqual({
      code: 'form.issues.more',
      severity: 'error',
      path: [],
      message: '49900 more issue(s) are not listed',
    });
  });

  it('refuses unknown keys in a date range, even without days', () => {
    expect(lines({ ...held, trip: { a: 1 } })).toEqual([
      'trip: form.value.not-date-range: Trip must be a start day and an end day, both written YYYY-MM-DD',
    ]);
  });

  it('says which day of a date range is missing', () => {
    expect(lines({ ...held, trip: { start: '2026-03-01' } })).toEqual([
      'trip.end: form.value.range-no-end: Trip: the end day is missing',
    ]);
    expect(lines({ ...held, trip: { end: '2026-03-01', start: null } })).toEqual([
      'trip.start: form.value.range-no-start: Trip: the start day is missing',
    ]);
  });
});
