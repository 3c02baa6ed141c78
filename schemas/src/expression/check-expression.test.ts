import { describe, expect, it } from 'vitest';
import { formScope } from '../form/scope.ts';
import { checkExpression } from './check-expression.ts';
import { expenseForm } from './test-form.ts';

const scope = formScope(expenseForm);

function issues(source: string, expected: 'boolean' | 'number' = 'boolean') {
  return checkExpression(source, scope, expected).issues.map(
    ({ code, start, end, message }) => `${code} ${start}-${end}: ${message}`,
  );
}

describe('checkExpression', () => {
  it('accepts well-typed conditions and formulas', () => {
    for (const source of [
      'amount >= 5000',
      'amount > 1000000 && costCentre == "sales"',
      'costCentre in ["sales", "ops"]',
      'date >= "2026-01-01" && date < "2027-01-01"',
      'isEmpty(description) || count(items) > 3',
      'sum(items.amount) > amount * 0.5',
      '!(quantity <= 0) && abs(quantity - 2) < 1',
      'max(items.amount) >= min(amount, 100)',
      'date in ["2026-05-01", "2026-10-01"]',
    ]) {
      expect(checkExpression(source, scope, 'boolean'), source).toMatchObject({
        ok: true,
        type: 'boolean',
      });
    }
    expect(checkExpression('round(sum(items.amount) * 1.13, 2)', scope, 'number').type).toBe(
      'money',
    );
    expect(checkExpression('quantity / 3', scope, 'number').type).toBe('number');
  });

  it('names an unknown field and marks exactly its span', () => {
    expect(issues('amount > 5 && amout < 10')).toMatchInlineSnapshot(`
      [
        "expr.unknown-field 14-19: Unknown field "amout"",
      ]
    `);
  });

  it('names an unknown column and a field that is not a table', () => {
    expect(issues('sum(items.price) > 0')).toMatchInlineSnapshot(`
      [
        "expr.unknown-column 10-15: Table "items" has no column "price"",
      ]
    `);
    expect(issues('sum(amount.value) > 0')).toMatchInlineSnapshot(`
      [
        "expr.not-a-table 11-16: "amount" is not a table, so ".value" cannot be read from it",
      ]
    `);
  });

  it('reports type mismatches of operators, operands and arguments', () => {
    expect(issues('amount + "x" > 0')).toMatchInlineSnapshot(`
      [
        "expr.operator-types 0-12: Operator "+" cannot be applied to money and text",
      ]
    `);
    expect(issues('description > 3')).toMatchInlineSnapshot(`
      [
        "expr.operator-types 0-15: Operator ">" cannot be applied to text and number",
      ]
    `);
    expect(issues('amount && true')).toMatchInlineSnapshot(`
      [
        "expr.operand-type 0-6: Operator "&&" needs true/false but got money",
      ]
    `);
    expect(issues('sum(amount) > 0')).toMatchInlineSnapshot(`
      [
        "expr.argument-type 4-10: sum() needs list as argument 1 but got money",
      ]
    `);
    expect(issues('costCentre in [1, 2]')).toMatchInlineSnapshot(`
      [
        "expr.operator-types 0-20: Operator "in" cannot be applied to text and list of number",
      ]
    `);
    expect(issues('amount in [1, "a"]')).toMatchInlineSnapshot(`
      [
        "expr.mixed-list 14-17: All items of a list must be of one type, but number and text are mixed",
      ]
    `);
  });

  it('reports wrong arity and unknown functions at the call', () => {
    expect(issues('round(amount) > 1')).toMatchInlineSnapshot(`
      [
        "expr.wrong-arity 0-13: round() takes 2 argument(s) but got 1",
      ]
    `);
    expect(issues('avg(items.amount) > 1')).toMatchInlineSnapshot(`
      [
        "expr.unknown-function 0-3: Unknown function "avg"; available: sum, count, min, max, abs, round, isEmpty",
      ]
    `);
  });

  it('refuses comparisons with null and points to isEmpty', () => {
    expect(issues('amount != null')).toMatchInlineSnapshot(`
      [
        "expr.null-comparison 0-14: A comparison with null is never true; use isEmpty(…) instead",
      ]
    `);
  });

  it('checks date literals compared with dates', () => {
    expect(issues('date > "2026-02-30"')).toMatchInlineSnapshot(`
      [
        "expr.bad-date 7-19: "2026-02-30" is not a calendar day written YYYY-MM-DD",
      ]
    `);
  });

  it('checks the type of the whole expression against what is expected', () => {
    expect(issues('amount * 2')).toMatchInlineSnapshot(`
      [
        "expr.result-type 0-10: The expression must give true/false but gives money",
      ]
    `);
    expect(issues('amount > 2', 'number')).toMatchInlineSnapshot(`
      [
        "expr.result-type 0-10: The expression must give number but gives true/false",
      ]
    `);
  });

  it('reports each independent mistake once, without follow-up noise', () => {
    expect(issues('amout > 1 && foo(2) && -description == 1')).toMatchInlineSnapshot(`
      [
        "expr.unknown-field 0-5: Unknown field "amout"",
        "expr.unknown-function 13-16: Unknown function "foo"; available: sum, count, min, max, abs, round, isEmpty",
        "expr.operand-type 24-35: Operator "-" needs number but got text",
      ]
    `);
  });

  it('writes its messages in Chinese when asked', () => {
    const check = checkExpression('amout > 1', scope, { expected: 'boolean', locale: 'zh-CN' });

    expect(check.issues[0]?.message).toBe('未知字段“amout”');
  });

  it('returns parse errors unchanged', () => {
    expect(issues('amount >')).toMatchInlineSnapshot(`
      [
        "expr.unexpected-end 8-8: The expression ends too early",
      ]
    `);
  });
});
