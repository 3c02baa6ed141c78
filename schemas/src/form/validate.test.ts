import { describe, expect, it } from 'vitest';
import { expenseForm } from '../expression/test-form.ts';
import { validateFormValues } from './validate.ts';

const valid = {
  description: 'Client dinner',
  amount: '12345.67',
  date: '2026-03-14',
  costCentre: 'sales',
  items: [
    { item: 'Dinner', amount: '0.10' },
    { item: 'Taxi', amount: '0.20' },
  ],
};

function check(values: Record<string, unknown>) {
  const result = validateFormValues(expenseForm, values);

  return {
    values: result.values,
    issues: result.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.code}: ${issue.message}`,
    ),
  };
}

describe('validateFormValues money', () => {
  it.each(['2000000.13', '0.07', '12345.67', '1000000.00', '0'])(
    'accepts %s for a 2-decimal money field',
    (amount) => {
      expect(check({ ...valid, amount }).issues).toEqual([]);
    },
  );

  it('refuses 0.001 for a 2-decimal money field, naming the field and the places', () => {
    expect(check({ ...valid, amount: '0.001' }).issues).toMatchInlineSnapshot(`
      [
        "amount: form.value.too-many-decimals: Amount allows at most 2 decimal places; "0.001" has 3",
      ]
    `);
  });

  it('normalizes money to exactly the field places', () => {
    const { values } = check({ ...valid, amount: '12345.6', quantity: '007' });

    expect(values.amount).toBe('12345.60');
    expect(values.quantity).toBe('7');
  });

  it('accepts trailing zeros beyond the places when the value fits', () => {
    expect(check({ ...valid, amount: '12.5000' }).values.amount).toBe('12.50');
  });

  it('refuses grouping commas, JSON numbers and other notations with clear messages', () => {
    expect(check({ ...valid, amount: '12,345.67' }).issues).toMatchInlineSnapshot(`
      [
        "amount: form.value.grouping: Amount: write "12,345.67" without grouping separators, such as 12345.67",
      ]
    `);
    expect(check({ ...valid, amount: 12345.67 }).issues).toMatchInlineSnapshot(`
      [
        "amount: form.value.number-not-string: Amount: give the number as a decimal string such as "12.50", not as a JSON number",
      ]
    `);
    for (const amount of ['1e5', '+5', '.5', '5.', '12 345', 'NaN', '1,00']) {
      expect(check({ ...valid, amount }).issues[0], amount).toMatch(/form\.value\.not-decimal/);
    }
  });

  it('totals 0.10 and 0.20 line items as exactly 0.30', () => {
    expect(check(valid).values.itemsTotal).toBe('0.30');
  });

  it('refuses more than 18 digits before the point', () => {
    expect(check({ ...valid, amount: '1'.repeat(19) }).issues[0]).toMatch(/form\.value\.too-large/);
  });
});

describe('validateFormValues fields', () => {
  it('reports every missing required field', () => {
    expect(check({}).issues).toMatchInlineSnapshot(`
      [
        "description: form.value.required: Description is required",
        "amount: form.value.required: Amount is required",
      ]
    `);
  });

  it('refuses unknown keys', () => {
    expect(check({ ...valid, approver: 'me' }).issues).toMatchInlineSnapshot(`
      [
        "approver: form.field.unknown: This form has no field "approver"",
      ]
    `);
  });

  it('accepts only real calendar days', () => {
    expect(check({ ...valid, date: '2024-02-29' }).issues).toEqual([]);
    for (const date of ['2026-02-29', '2026-13-01', '2026-3-1', '14/03/2026', '2026-03-14T00:00']) {
      expect(check({ ...valid, date }).issues, date).toEqual([
        `date: form.value.not-date: Date: "${date}" is not a calendar day written YYYY-MM-DD`,
      ]);
    }
  });

  it('accepts only the options of a select', () => {
    expect(check({ ...valid, costCentre: 'hr' }).issues).toMatchInlineSnapshot(`
      [
        "costCentre: form.value.not-option: Cost centre: "hr" is not one of the options (sales, ops)",
      ]
    `);
  });

  it('refuses a form value that is not an object', () => {
    expect(check([] as unknown as Record<string, unknown>).issues).toMatchInlineSnapshot(`
      [
        ": form.values.not-object: The form values must be an object keyed by field",
      ]
    `);
  });

  it('leaves missing optional values out', () => {
    const { values } = check({ description: 'x', amount: '1', quantity: '', date: null });

    expect(values).toEqual({ description: 'x', amount: '1.00', items: [], itemsTotal: '0.00' });
  });

  it('writes messages in Chinese with the Chinese label', () => {
    const result = validateFormValues(
      expenseForm,
      { ...valid, amount: '0.001' },
      { locale: 'zh-CN' },
    );

    expect(result.issues[0]?.message).toBe('金额最多允许 2 位小数；“0.001”有 3 位');
  });
});

describe('validateFormValues tables', () => {
  it('checks each cell with a path to its row and column', () => {
    const items = [
      { item: 'Dinner', amount: '10.00' },
      { item: 'Taxi', amount: '1.999', tip: '1' },
      'not a row',
    ];

    expect(check({ ...valid, items }).issues).toMatchInlineSnapshot(`
      [
        "items.1.tip: form.table.unknown-column: Row 2 of Items has the unknown column "tip"",
        "items.1.amount: form.value.too-many-decimals: Items, row 2: Amount allows at most 2 decimal places; "1.999" has 3",
        "items.2: form.table.row-not-object: Row 3 of Items must be an object keyed by column",
      ]
    `);
  });

  it('refuses a table that is not a list', () => {
    expect(check({ ...valid, items: { amount: '1' } }).issues).toMatchInlineSnapshot(`
      [
        "items: form.table.not-list: Items must be a list of rows",
      ]
    `);
  });
});

describe('validateFormValues computed fields', () => {
  it('refuses a submitted computed value that differs from the formula, naming both', () => {
    // given a client that claims a total the items do not add up to
    const values = { ...valid, itemsTotal: '999999.99' };

    // when the server validates the request
    const result = check(values);

    // then the claim is refused and the total is the recomputed one
    expect(result.issues).toEqual([
      'itemsTotal: form.computed.mismatch: Total: the submitted value 999999.99 differs from the computed value 0.30',
    ]);
    expect(result.values.itemsTotal).toBe('0.30');
  });

  it('accepts a submitted computed value equal to the formula whatever its places', () => {
    expect(check({ ...valid, itemsTotal: '0.3' }).issues).toEqual([]);
    expect(check({ ...valid, itemsTotal: '0.30' }).values.itemsTotal).toBe('0.30');
  });

  it('fills in an absent computed value', () => {
    expect(check(valid).values.itemsTotal).toBe('0.30');
  });

  it('rounds the computed value half-up to its places', () => {
    const items = [{ item: 'a', amount: '1.00' }];
    const form = {
      ...expenseForm,
      fields: expenseForm.fields.map((field) =>
        field.type === 'computed' ? { ...field, formula: 'sum(items.amount) * 17.275' } : field,
      ),
    };

    expect(validateFormValues(form, { ...valid, items }).values.itemsTotal).toBe('17.28');
  });
});
