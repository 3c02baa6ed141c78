import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FormDefinition } from './form.ts';
import { computeValues } from './recompute.ts';
import { computeRows } from './row-formulas.ts';
import { applyFieldRules } from './rules.ts';

// Typing in a long table works out the same rows several times per keystroke, so worked-out
// rows are reused by row object. These tests hold the reuse to what a fresh computation gives.

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    {
      key: 'items',
      type: 'table',
      label: 'Items',
      columns: [
        { key: 'quantity', type: 'number', label: 'Quantity' },
        { key: 'unitPrice', type: 'money', label: 'Unit price' },
        { key: 'amount', type: 'computed', label: 'Amount', formula: 'quantity * unitPrice' },
      ],
    },
    { key: 'total', type: 'computed', label: 'Total', formula: 'sum(items.amount)' },
    { key: 'note', type: 'text', label: 'Note', visibleWhen: 'total > 100' },
    { key: 'broken', type: 'text', label: 'Broken', visibleWhen: 'missing > 1' },
  ],
});
const items = form.fields[0];
if (items?.type !== 'table') throw new Error('the test form starts with a table');

describe('worked-out rows reused by row object', () => {
  it('given rows worked out once, when the same rows come again, then the results are the same objects', () => {
    const rows = [{ quantity: '2', unitPrice: '3.50' }, { quantity: '1' }];

    const first = computeRows(items, rows);
    const second = computeRows(items, rows);

    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second).toEqual([
      { quantity: '2', unitPrice: '3.50', amount: '7.00' },
      { quantity: '1' },
    ]);
  });

  it('given a row changed in place after it was worked out, when worked out again, then the change counts', () => {
    const row: Record<string, unknown> = { quantity: '2', unitPrice: '3.50' };
    computeRows(items, [row]);

    row['quantity'] = '4';

    expect(computeRows(items, [row])).toEqual([
      { quantity: '4', unitPrice: '3.50', amount: '14.00' },
    ]);
  });

  it('given a result changed in place, when its row is worked out again, then a correct row comes back', () => {
    const row = { quantity: '2', unitPrice: '3.50' };
    const [result] = computeRows(items, [row]) as Record<string, unknown>[];

    if (result) result['amount'] = '999.00';
    const [again] = computeRows(items, [row]);

    expect(again).not.toBe(result);
    expect(again).toEqual({ quantity: '2', unitPrice: '3.50', amount: '7.00' });
  });

  it('given a result sent back with a wrong amount, when worked out, then the amount is replaced', () => {
    const [result] = computeRows(items, [{ quantity: '2', unitPrice: '3.50' }]);

    const [sentBack] = computeRows(items, [{ ...(result as object), amount: '1.00' }]);

    expect(sentBack).toEqual({ quantity: '2', unitPrice: '3.50', amount: '7.00' });
  });

  it('given a total read once, when a row is changed in place, then the total and the rules follow it', () => {
    const row: Record<string, unknown> = { quantity: '1', unitPrice: '50' };
    const values = { items: [row], note: 'kept' };
    expect(computeValues(form, values).values['total']).toBe('50.00');

    row['quantity'] = '3';

    expect(computeValues(form, values).values['total']).toBe('150.00');
    expect(applyFieldRules(form, values).hidden).toEqual([]);
  });

  it('given a table without formulas read once, when a cell is changed in place, then the total follows it', () => {
    const plain = FormDefinition.parse({
      schemaVersion: 1,
      fields: [
        {
          key: 'costs',
          type: 'table',
          label: 'Costs',
          columns: [{ key: 'cost', type: 'money', label: 'Cost' }],
        },
        { key: 'total', type: 'computed', label: 'Total', formula: 'sum(costs.cost)' },
      ],
    });
    const row: Record<string, unknown> = { cost: '10' };
    const values = { costs: [row, { cost: '5' }] };
    expect(computeValues(plain, values).values['total']).toBe('15.00');

    row['cost'] = '20';

    expect(computeValues(plain, values).values['total']).toBe('25.00');
  });

  it('given a rule that does not check, when the rules are applied again, then it is still ignored', () => {
    const values = { items: [{ quantity: '1', unitPrice: '5' }] };

    const first = applyFieldRules(form, values);
    const second = applyFieldRules(form, values);

    expect(first.hidden).toEqual(['note']);
    expect(second).toEqual(first);
  });

  it('given any edits to rows or results, in place or by copy, when worked out, then the rows are those of a fresh computation, keys in order', () => {
    const edit = fc.record({
      row: fc.nat(3),
      key: fc.constantFrom('quantity', 'unitPrice', 'amount', 'extra'),
      value: fc.constantFrom(undefined, '', '2', '3.5', 'x', '0.10'),
      to: fc.constantFrom('row', 'result', 'copy'),
    });
    const change = (row: Record<string, unknown> | undefined, key: string, value: unknown) => {
      if (!row) return;
      if (value === undefined) delete row[key];
      else row[key] = value;
    };
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let rows: Record<string, unknown>[] = [0, 1, 2, 3].map(() => ({ quantity: '1' }));
        for (const { row, key, value, to } of edits) {
          const worked = computeRows(items, rows) as Record<string, unknown>[];
          if (to === 'copy') rows = worked.map((each) => ({ ...each }));
          change(to === 'result' ? worked[row] : rows[row], key, value);
        }

        const fresh = computeRows(items, structuredClone(rows));
        expect(JSON.stringify(computeRows(items, rows))).toBe(JSON.stringify(fresh));
      }),
    );
  });
});
