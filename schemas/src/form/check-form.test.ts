import { describe, expect, it } from 'vitest';
import { expenseForm } from '../expression/test-form.ts';
import { checkForm } from './check-form.ts';
import { FormDefinition } from './form.ts';
import { defaultFormValues } from './defaults.ts';

function form(fields: unknown[]) {
  return FormDefinition.parse({ schemaVersion: 1, fields });
}

function summary(definition: FormDefinition) {
  return checkForm(definition).map((issue) => {
    const span = issue.start === undefined ? '' : ` @${issue.start}-${issue.end}`;

    return `${issue.path.join('.')}${span}: ${issue.code}: ${issue.message}`;
  });
}

const money = (key: string, extra: object = {}) => ({ key, type: 'money', label: key, ...extra });

describe('checkForm', () => {
  it('finds nothing wrong with a sound form', () => {
    expect(checkForm(expenseForm)).toEqual([]);
  });

  it('reports duplicate field keys and table columns', () => {
    const definition = form([
      money('amount'),
      money('amount'),
      { key: 'items', type: 'table', label: 'Items', columns: [money('a'), money('a')] },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.1.key: form.key.duplicate: Two fields use the key "amount"",
        "fields.2.columns.1.key: form.column.duplicate: Table Items has two columns with the key "a"",
      ]
    `);
  });

  it('reports a formula that refers to an unknown field, with its position', () => {
    const definition = form([
      money('amount'),
      { key: 'total', type: 'computed', label: 'Total', formula: 'amount + shipping' },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.1.formula @9-17: expr.unknown-field: Formula of Total: Unknown field "shipping"",
      ]
    `);
  });

  it('reports a formula that is not a number and one that does not parse', () => {
    const definition = form([
      money('amount'),
      { key: 'flag', type: 'computed', label: 'Flag', formula: 'amount > 1' },
      { key: 'broken', type: 'computed', label: 'Broken', formula: 'amount *' },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.1.formula @0-10: expr.result-type: Formula of Flag: The expression must give number but gives true/false",
        "fields.2.formula @8-8: expr.unexpected-end: Formula of Broken: The expression ends too early",
      ]
    `);
  });

  it('reports computed fields that depend on each other in a loop', () => {
    const definition = form([
      { key: 'a', type: 'computed', label: 'A', formula: 'b + 1' },
      { key: 'b', type: 'computed', label: 'B', formula: 'a * 2' },
      { key: 'c', type: 'computed', label: 'C', formula: 'a' },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.0.formula: form.computed.cycle: Computed field A depends on itself (a → b)",
        "fields.1.formula: form.computed.cycle: Computed field B depends on itself (a → b)",
      ]
    `);
  });

  it('reports contradictory bounds, bad defaults and duplicate options', () => {
    const definition = form([
      money('amount', { validation: { min: '10', max: '5', decimals: 2 }, default: '1.234' }),
      {
        key: 'pick',
        type: 'select',
        label: 'Pick',
        default: 'z',
        options: [
          { value: 'x', label: 'X' },
          { value: 'x', label: 'X again' },
        ],
      },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.0.validation: form.field.min-above-max: amount: the minimum 10 is above the maximum 5",
        "fields.0.default: form.field.bad-default: The default value of amount is not valid: amount allows at most 2 decimal places; "1.234" has 3",
        "fields.1.default: form.field.bad-default: The default value of Pick is not valid: Pick: "z" is not one of the options (x, x)",
        "fields.1.options.1.value: form.option.duplicate: Pick lists the option "x" twice",
      ]
    `);
  });

  it('puts a prefix before every path when asked', () => {
    const definition = form([money('a'), money('a')]);

    expect(checkForm(definition, { path: ['form'] })[0]?.path).toEqual([
      'form',
      'fields',
      1,
      'key',
    ]);
  });
});

describe('defaultFormValues', () => {
  it('fills defaults, today for dates, empty tables and computed totals', () => {
    const definition = form([
      { key: 'title', type: 'text', label: 'Title', default: 'Trip' },
      money('amount', { default: '5' }),
      { key: 'day', type: 'date', label: 'Day', default: 'today' },
      { key: 'other', type: 'date', label: 'Other' },
      { key: 'items', type: 'table', label: 'Items', columns: [money('amount')] },
      { key: 'total', type: 'computed', label: 'Total', formula: 'sum(items.amount) + amount' },
    ]);

    expect(defaultFormValues(definition, '2026-03-14')).toEqual({
      title: 'Trip',
      amount: '5.00',
      day: '2026-03-14',
      items: [],
      total: '5.00',
    });
  });
});
