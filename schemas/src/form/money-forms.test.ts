import { describe, expect, it } from 'vitest';
import { INVOICE_FOLDER, type InvoiceLine, invoiceExamples } from '../money/invoice-examples.ts';
import { defaultFormValues } from './defaults.ts';
import { FormDefinition } from './form.ts';
import { type TableField, tableTotals } from './row-formulas.ts';
import { validateFormValues } from './validate.ts';

const pair = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'a', type: 'money', label: 'A' },
    { key: 'b', type: 'money', label: 'B' },
    { key: 'price', type: 'number', label: 'Price', validation: { decimals: 3 } },
    { key: 'sum', type: 'computed', label: 'Sum', formula: 'a + b' },
    { key: 'rounded', type: 'computed', label: 'Rounded', formula: 'price' },
  ],
});

describe('money in forms', () => {
  it('adds 0.10 and 0.20 to exactly 0.30 in a computed field', () => {
    expect(validateFormValues(pair, { a: '0.10', b: '0.20', sum: '0.30' })).toEqual({
      values: { a: '0.10', b: '0.20', sum: '0.30' },
      issues: [],
    });
  });

  // Half-up means ties go away from zero: -17.275 becomes -17.28, never -17.27.
  it.each([
    ['17.275', '17.28'],
    ['1.005', '1.01'],
    ['-17.275', '-17.28'],
    ['-1.005', '-1.01'],
    ['2.674', '2.67'],
  ])('rounds %s half-up to %s at 2 places', (price, rounded) => {
    expect(validateFormValues(pair, { price }).values.rounded).toBe(rounded);
  });
});

describe('dates in forms', () => {
  const form = FormDefinition.parse({
    schemaVersion: 1,
    fields: [{ key: 'day', type: 'date', label: 'Day', default: 'today' }],
  });

  it('starts a date that defaults to today on the user own calendar day', () => {
    // given a user in Shanghai at 00:30 on 1 March, when it is still 28 February in UTC
    expect(defaultFormValues(form, '2026-03-01')).toEqual({ day: '2026-03-01' });
  });

  it('keeps a date unchanged through any number of saves', () => {
    let values: Record<string, unknown> = { day: '2024-02-29' };
    for (let save = 0; save < 10; save += 1) {
      values = JSON.parse(JSON.stringify(validateFormValues(form, values).values)) as Record<
        string,
        unknown
      >;
    }

    expect(values).toEqual({ day: '2024-02-29' });
  });
});

const examples = invoiceExamples();
const lineItems = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    {
      key: 'items',
      type: 'table',
      label: 'Items',
      columns: [
        { key: 'quantity', type: 'number', label: 'Quantity', validation: { decimals: 3 } },
        { key: 'unitPrice', type: 'number', label: 'Unit price', validation: { decimals: 6 } },
        { key: 'per', type: 'number', label: 'Price per', validation: { decimals: 3 } },
        {
          key: 'amount',
          type: 'computed',
          label: 'Amount',
          formula: 'quantity * unitPrice / per',
          total: true,
        },
      ],
    },
    { key: 'total', type: 'computed', label: 'Total', formula: 'sum(items.amount)' },
  ],
});

/**
 * A line as a user types it: a returned item is a negative quantity (the UBL examples write
 * the return "FRITUUR VET 10 KG RETOUR" as quantity 6 with a negative line amount).
 */
function row(line: InvoiceLine) {
  const returned = line.amount.startsWith('-') && !line.quantity.startsWith('-');

  return {
    quantity: returned ? `-${line.quantity}` : line.quantity,
    unitPrice: line.price,
    per: line.baseQuantity,
  };
}

const title = examples.length
  ? 'line-item tables built from the e-invoice examples'
  : `line-item tables from e-invoice examples: skipped, ${INVOICE_FOLDER} is absent`;

describe.skipIf(examples.length === 0)(title, () => {
  it.each(examples.map((example) => [example.file, example] as const))(
    'works out each quantity × price line of %s to its line amount',
    (_file, example) => {
      const plain = example.lines.filter((line) => !line.adjusted);

      const result = validateFormValues(lineItems, { items: plain.map(row) });

      expect(result.issues).toEqual([]);
      const amounts = (result.values.items as Array<{ amount: string }>).map((item) => item.amount);
      expect(amounts).toEqual(plain.map((line) => line.amount));
    },
  );

  it('totals the 20 lines of example 1 to its 229.60 line extension amount', () => {
    const example = examples.find((candidate) => candidate.file === 'ubl-tc434-example1.xml');
    const items = example?.lines.map(row) ?? [];

    const result = validateFormValues(lineItems, { items });
    const rows = result.values.items as unknown[];

    expect(items).toHaveLength(20);
    expect(result.values.total).toBe('229.60');
    const table = lineItems.fields.find((field): field is TableField => field.type === 'table');
    expect(table && tableTotals(table, rows)).toEqual({ amount: '229.60' });
    expect(example?.total).toBe('229.60');
  });
});
