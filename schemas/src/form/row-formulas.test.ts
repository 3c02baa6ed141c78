import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkForm } from './check-form.ts';
import { FormDefinition } from './form.ts';
import { computeRows, rowScope, tableTotals } from './row-formulas.ts';
import { validateFormValues } from './validate.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    {
      key: 'items',
      type: 'table',
      label: 'Items',
      columns: [
        { key: 'name', type: 'text', label: 'Name' },
        { key: 'quantity', type: 'number', label: 'Quantity', validation: { decimals: 3 } },
        { key: 'unitPrice', type: 'money', label: 'Unit price', validation: { decimals: 4 } },
        {
          key: 'amount',
          type: 'computed',
          label: 'Amount',
          formula: 'quantity * unitPrice',
          total: true,
        },
        { key: 'taxRate', type: 'percentage', label: 'Tax rate' },
        {
          key: 'tax',
          type: 'computed',
          label: 'Tax',
          formula: 'amount * taxRate / 100',
          total: true,
        },
      ],
    },
    {
      key: 'total',
      type: 'computed',
      label: 'Total',
      formula: 'sum(items.amount) + sum(items.tax)',
    },
  ],
});
const items = form.fields[0];
if (items?.type !== 'table') throw new Error('the test form starts with a table');

describe('row formulas', () => {
  it('works out each row from its own cells, left to right, half-up to the places', () => {
    const rows = computeRows(items, [
      { quantity: '3', unitPrice: '0.3333', taxRate: '13' },
      { quantity: '1', unitPrice: '17.275' },
    ]);

    expect(rows).toEqual([
      { quantity: '3', unitPrice: '0.3333', taxRate: '13', amount: '1.00', tax: '0.13' },
      { quantity: '1', unitPrice: '17.275', amount: '17.28' },
    ]);
  });

  it('scopes a row formula to the columns it may read', () => {
    expect(rowScope(items, 'amount').fields).toEqual({
      name: 'string',
      quantity: 'number',
      unitPrice: 'money',
      taxRate: 'number',
    });
    expect(Object.keys(rowScope(items).fields)).toContain('tax');
  });

  it('never lets a formula read a later column, even one with the same text as a valid one', () => {
    // given a first column that reads a later one (refused by checkForm) and a third that may
    const table = FormDefinition.parse({
      schemaVersion: 1,
      fields: [
        {
          key: 't',
          type: 'table',
          label: 'T',
          columns: [
            { key: 'a', type: 'computed', label: 'A', formula: 'b * 1' },
            { key: 'b', type: 'computed', label: 'B', formula: '2' },
            { key: 'c', type: 'computed', label: 'C', formula: 'b * 1' },
          ],
        },
      ],
    }).fields[0];
    if (table?.type !== 'table') throw new Error('a table');

    // when rows are worked out twice (the second time from the cache), with a claimed b
    const first = computeRows(table, [{ b: '9' }]);
    const second = computeRows(table, [{ b: '9' }]);

    // then the first column stays empty and nothing reads the claimed value
    expect(first).toEqual([{ b: '2.00', c: '2.00' }]);
    expect(second).toEqual(first);
  });

  it('totals the columns marked total exactly', () => {
    const rows = computeRows(items, [
      { quantity: '1', unitPrice: '0.10' },
      { quantity: '1', unitPrice: '0.20' },
    ]);

    expect(tableTotals(items, rows)).toEqual({ amount: '0.30', tax: '0.00' });
    expect(tableTotals(items, [])).toEqual({ amount: '0.00', tax: '0.00' });
  });

  it('gives the same rows after deleting a middle row as building them without it', () => {
    const decimal = fc
      .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 9999 }))
      .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(4, '0')}`);
    const row = fc.record({
      quantity: fc.integer({ min: 0, max: 999 }).map(String),
      unitPrice: decimal,
    });

    fc.assert(
      fc.property(fc.array(row, { minLength: 3, maxLength: 30 }), fc.nat(), (rows, pick) => {
        const middle = 1 + (pick % (rows.length - 2));
        const built = computeRows(items, rows);
        const without = rows.filter((_, index) => index !== middle);
        const deleted = built.filter((_, index) => index !== middle);

        expect(computeRows(items, deleted)).toEqual(computeRows(items, without));
        expect(tableTotals(items, deleted)).toEqual(
          tableTotals(items, computeRows(items, without)),
        );
      }),
    );
  });
});

describe('validateFormValues with row formulas', () => {
  const submitted = (rows: object[]) => validateFormValues(form, { items: rows });

  it('fills in absent computed cells and the total over them', () => {
    const result = submitted([{ quantity: '2', unitPrice: '9.95', taxRate: '6' }]);

    expect(result.issues).toEqual([]);
    expect(result.values).toEqual({
      items: [
        { quantity: '2.000', unitPrice: '9.9500', taxRate: '6.00', amount: '19.90', tax: '1.19' },
      ],
      total: '21.09',
    });
  });

  it('refuses a computed cell that differs, naming the row, the expected and the given value', () => {
    const result = submitted([
      { quantity: '1', unitPrice: '1.00' },
      { quantity: '2', unitPrice: '9.95', amount: '19.91' },
    ]);

    expect(result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'items.1.amount: Items, row 2: Amount: the submitted value 19.91 differs from the computed value 19.90',
    ]);
  });

  it('accepts a computed cell equal to the result whatever its places', () => {
    expect(submitted([{ quantity: '2', unitPrice: '9.95', amount: '19.9' }]).issues).toEqual([]);
  });

  it('reports a row formula that reads a later column or another field at its position', () => {
    const bad = FormDefinition.parse({
      schemaVersion: 1,
      fields: [
        { key: 'rate', type: 'percentage', label: 'Rate' },
        {
          key: 'lines',
          type: 'table',
          label: 'Lines',
          columns: [
            { key: 'a', type: 'computed', label: 'A', formula: 'b * rate' },
            { key: 'b', type: 'computed', label: 'B', formula: '1' },
          ],
        },
      ],
    });

    expect(
      checkForm(bad).map((issue) => `${issue.path.join('.')} @${issue.start}: ${issue.message}`),
    ).toMatchInlineSnapshot(`
        [
          "fields.1.columns.0.formula @0: Formula of Lines: A: Unknown field "b"",
          "fields.1.columns.0.formula @4: Formula of Lines: A: Unknown field "rate"",
        ]
      `);
  });
});
