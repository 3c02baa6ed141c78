import { describe, expect, it } from 'vitest';
import type { ExpressionScope } from '@baton/schemas';
import { expressionCompletions } from './expression-completions.ts';

const scope: ExpressionScope = {
  fields: {
    amount: 'money',
    items: { table: { quantity: 'number', unitPrice: 'money' } },
  },
};

function labels(before: string): string[] {
  return expressionCompletions(scope, before).map((item) => item.label);
}

describe('expressionCompletions', () => {
  it('given the start of an expression, when completed, then fields and functions are offered', () => {
    const offered = labels('');

    expect(offered.slice(0, 2)).toEqual(['amount', 'items']);
    expect(offered).toContain('sum');
    expect(offered).toContain('round');
  });

  it('given a table and a dot, when completed, then only its columns are offered', () => {
    expect(expressionCompletions(scope, 'sum(items.')).toEqual([
      { label: 'quantity', kind: 'column', type: 'number' },
      { label: 'unitPrice', kind: 'column', type: 'money' },
    ]);
    expect(labels('sum(items.unit')).toEqual(['quantity', 'unitPrice']);
  });

  it('given a dot after a field that is not a table, when completed, then nothing is offered', () => {
    expect(labels('amount.')).toEqual([]);
  });

  it('given an open string, when completed, then nothing is offered', () => {
    expect(labels("category == 'tra")).toEqual([]);
    expect(labels("category == 'travel' && am")).toContain('amount');
  });
});
