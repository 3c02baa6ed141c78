import { describe, expect, it } from 'vitest';
import { expenseForm } from '../expression/test-form.ts';
import { recomputeFields, validateFormValues } from './validate.ts';

const valid = { description: 'Client dinner', amount: '12.00' };

function issues(values: Record<string, unknown>): string[] {
  return validateFormValues(expenseForm, values).issues.map(
    (issue) => `${issue.path.join('.')}: ${issue.code}: ${issue.message}`,
  );
}

describe('validateFormValues computed values beyond the digit limit', () => {
  it('reports a total of 500 rows of 999999999999999999.99 on the computed field', () => {
    // given 500 rows each at the largest amount a typed value may have
    const items = Array.from({ length: 500 }, () => ({
      item: 'x',
      amount: '999999999999999999.99',
    }));

    // when the server validates the request
    const result = validateFormValues(expenseForm, { ...valid, items });

    // then the 21-digit total is an issue on itemsTotal and is not kept as a value
    expect(result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))
      .toMatchInlineSnapshot(`
      [
        "itemsTotal: Total: "499999999999999999995.00" has more than 18 digits before the decimal point",
      ]
    `);
    expect(result.values).not.toHaveProperty('itemsTotal');
    expect(recomputeFields(expenseForm, { items })).not.toHaveProperty('itemsTotal');
  });

  it('keeps a total of exactly 18 digits before the point', () => {
    const items = [
      { item: 'a', amount: '500000000000000000.00' },
      { item: 'b', amount: '499999999999999999.99' },
    ];

    const result = validateFormValues(expenseForm, { ...valid, items });

    expect(result.issues).toEqual([]);
    expect(result.values.itemsTotal).toBe('999999999999999999.99');
  });
});

describe('validateFormValues long money amounts', () => {
  it('reports a 1,000,000-digit amount as too large, echoing at most 40 characters', () => {
    expect(issues({ ...valid, amount: '9'.repeat(1_000_000) })).toMatchInlineSnapshot(`
      [
        "amount: form.value.too-large: Amount: "9999999999999999999999999999999999999999…" has more than 18 digits before the decimal point",
      ]
    `);
  });

  it('judges a long amount by its digits, not its length', () => {
    // leading zeros and trailing zeros past the places do not count
    const amount = `${'0'.repeat(100)}12.5${'0'.repeat(100)}`;

    expect(validateFormValues(expenseForm, { ...valid, amount }).values.amount).toBe('12.50');
    expect(issues({ ...valid, amount: `1.${'3'.repeat(100_000)}` })).toMatchInlineSnapshot(`
      [
        "amount: form.value.too-many-decimals: Amount allows at most 2 decimal places; "1.33333333333333333333333333333333333333…" has 100000",
      ]
    `);
  });

  it('never repeats more than 40 characters of a submitted value or key', () => {
    const long = 'x'.repeat(100_000);
    const values = {
      ...valid,
      amount: long,
      date: long,
      costCentre: long,
      items: [{ item: 'a', [long]: 1 }],
      [long]: 1,
    };

    const messages = validateFormValues(expenseForm, values).issues.map((issue) => issue.message);

    expect(messages).toHaveLength(5);
    for (const message of messages) expect(message.length).toBeLessThan(120);
  });

  it('names a nested value by its shape instead of serializing it', () => {
    let deep: unknown = '1';
    for (let level = 0; level < 10_000; level += 1) deep = [deep];

    expect(issues({ ...valid, amount: deep, costCentre: { a: 1 } })).toMatchInlineSnapshot(`
      [
        "amount: form.value.not-decimal: Amount: "[…]" is not a decimal number such as 12.50",
        "costCentre: form.value.not-option: Cost centre: "{…}" is not one of the options (sales, ops)",
      ]
    `);
  });
});
