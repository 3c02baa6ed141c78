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

describe('checkForm on the field types and rules added for #5', () => {
  const options = [
    { value: 'a', label: 'A' },
    { value: 'a', label: 'A again' },
  ];

  it('reports repeated options of radio and multiselect fields and minItems above maxItems', () => {
    const definition = form([
      { key: 'r', type: 'radio', label: 'R', options },
      {
        key: 'm',
        type: 'multiselect',
        label: 'M',
        options,
        validation: { minItems: 3, maxItems: 2 },
      },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.0.options.1.value: form.option.duplicate: R lists the option "a" twice",
        "fields.1.validation.minItems: form.items.min-above-max: M: at least 3 choices are asked for but at most 2 allowed",
        "fields.1.options.1.value: form.option.duplicate: M lists the option "a" twice",
      ]
    `);
  });

  it('reports a minimum length above the maximum, which nobody could fill', () => {
    const definition = form([
      {
        key: 'code',
        type: 'text',
        label: 'Vendor code',
        validation: { minLength: 10, maxLength: 6 },
      },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.0.validation.minLength: form.length.min-above-max: Vendor code: at least 10 characters are asked for but at most 6 allowed",
      ]
    `);
  });

  it('type-checks linkage rules as conditions, with their positions', () => {
    const definition = form([
      money('amount'),
      {
        key: 'reason',
        type: 'text',
        label: 'Reason',
        visibleWhen: 'amount + 1',
        requiredWhen: 'amont > 5',
      },
      { key: 'intro', type: 'description', label: 'Intro', text: 'Hi', visibleWhen: 'amount > 0' },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.1.visibleWhen @0-10: expr.result-type: Show when of Reason: The expression must give true/false but gives money",
        "fields.1.requiredWhen @0-5: expr.unknown-field: Require when of Reason: Unknown field "amont"",
      ]
    `);
  });

  it('reports defaults of the new types that their own settings refuse', () => {
    const definition = form([
      {
        key: 'm',
        type: 'multiselect',
        label: 'M',
        options: [{ value: 'a', label: 'A' }],
        default: ['b'],
      },
      { key: 'p', type: 'percentage', label: 'P', default: '1.234' },
    ]);

    expect(summary(definition)).toMatchInlineSnapshot(`
      [
        "fields.0.default: form.field.bad-default: The default value of M is not valid: M: "b" is not one of the options (a)",
        "fields.1.default: form.field.bad-default: The default value of P is not valid: P allows at most 2 decimal places; "1.234" has 3",
      ]
    `);
  });

  it('allows a total only on number, money and computed columns', () => {
    const column = (type: string) => ({ key: 'c', type, label: 'C', total: true });
    const table = (type: string) => ({
      key: 't',
      type: 'table',
      label: 'T',
      columns: [column(type)],
    });
    const parses = (type: string) =>
      FormDefinition.safeParse({ schemaVersion: 1, fields: [table(type)] }).success;

    expect(['number', 'money', 'text', 'date', 'percentage'].map(parses)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
