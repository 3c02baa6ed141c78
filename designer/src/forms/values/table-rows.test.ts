import { describe, expect, it } from 'vitest';
import { FormDefinition } from '@baton/schemas';
import { asRows, moveItem, removeItem, shareUnchangedRows } from './table-rows.ts';

const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'title', type: 'text', label: 'Title' },
    {
      key: 'items',
      type: 'table',
      label: 'Items',
      columns: [{ key: 'qty', type: 'number', label: 'Qty' }],
    },
  ],
});

describe('moveItem and removeItem', () => {
  it('given three rows, when the last moves up, then it swaps with the middle one', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
  });

  it('given the first row, when moved up past the top, then the order stays', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });

  it('given three rows, when the middle one is removed, then the others keep their order', () => {
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('shareUnchangedRows', () => {
  it('given one edited row, when the recomputed rows come back, then only that row is a new object', () => {
    const first = { qty: '1' };
    const second = { qty: '2' };
    const previous = { title: 'x', items: [first, second] };
    const next = { title: 'x', items: [{ qty: '1' }, { qty: '3' }] };

    const shared = asRows(shareUnchangedRows(form, previous, next)['items']);

    expect(shared[0]).toBe(first);
    expect(shared[1]).not.toBe(second);
    expect(shared[1]).toEqual({ qty: '3' });
  });

  it('given a middle row removed, when shared, then rows are compared by place, not reused wrongly', () => {
    const rows = [{ qty: '1' }, { qty: '2' }, { qty: '3' }];
    const next = { items: [{ qty: '1' }, { qty: '3' }] };

    const shared = asRows(shareUnchangedRows(form, { items: rows }, next)['items']);

    expect(shared).toEqual([{ qty: '1' }, { qty: '3' }]);
    expect(shared[0]).toBe(rows[0]);
  });

  it('given a row that gained a cell, when shared, then it is the new row', () => {
    const previous = { items: [{ qty: '1' }] };
    const next = { items: [{ qty: '1', note: 'n' }] };

    expect(asRows(shareUnchangedRows(form, previous, next)['items'])[0]).toEqual({
      qty: '1',
      note: 'n',
    });
  });

  it('given rows recomputed without a change, when shared, then the previous list comes back', () => {
    const rows = [{ qty: '1' }, { qty: '2' }];

    const shared = shareUnchangedRows(
      form,
      { items: rows },
      { items: [{ qty: '1' }, { qty: '2' }] },
    );

    expect(shared['items']).toBe(rows);
  });

  it('given one row fewer, when shared, then a new list comes back', () => {
    const rows = [{ qty: '1' }, { qty: '2' }];

    const shared = shareUnchangedRows(form, { items: rows }, { items: [{ qty: '1' }] });

    expect(shared['items']).not.toBe(rows);
    expect(shared['items']).toEqual([{ qty: '1' }]);
  });

  it('given values with no table change, when shared, then the same values come back', () => {
    const next = { title: 'y', items: [] };

    expect(shareUnchangedRows(form, { title: 'x', items: next.items }, next)).toBe(next);
  });
});

describe('asRows', () => {
  it('given something that is not a list of objects, when read, then rows are empty objects or none', () => {
    expect(asRows('x')).toEqual([]);
    expect(asRows([null, 3, { a: '1' }])).toEqual([{}, {}, { a: '1' }]);
  });
});
