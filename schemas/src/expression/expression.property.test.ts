import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formScope } from '../form/scope.ts';
import { checkExpression } from './check-expression.ts';
import { parseExpression } from './parse.ts';
import { expenseForm } from './test-form.ts';
import { evaluateCondition, evaluateFormula } from './with-form.ts';

const Reference = Decimal.clone({ precision: 200 });
const scope = formScope(expenseForm);

const pieces = fc.constantFrom(
  ...['amount', 'items', '.', 'sum', '(', ')', '[', ']', ',', ' ', '1', '0.5', '"x', "'", '\\'],
  ...[
    '+',
    '-',
    '*',
    '/',
    '!',
    '<',
    '<=',
    '==',
    '!=',
    '&&',
    '||',
    'in',
    'null',
    'true',
    '#',
    '\u00e9',
  ],
);
const exprLike = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([negative, digits, places]) => {
    const text = digits.toString().padStart(places + 1, '0');
    const whole = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;

    return negative && digits !== 0n ? `-${whole}` : whole;
  });

describe('expression properties', () => {
  it('never throws while parsing or checking any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), exprLike), (source) => {
        const parsed = parseExpression(source);
        const checked = checkExpression(source, scope, 'boolean');

        expect(parsed.ok || parsed.issues.length > 0).toBe(true);
        expect(checked.ok || checked.issues.length > 0).toBe(true);
        for (const issue of [...parsed.issues, ...checked.issues]) {
          expect(issue.start).toBeGreaterThanOrEqual(0);
          expect(issue.end).toBeLessThanOrEqual(source.length);
          expect(issue.start).toBeLessThanOrEqual(issue.end);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('compares decimals exactly as decimal.js does', () => {
    const ops = ['<', '<=', '>', '>=', '==', '!='] as const;
    fc.assert(
      fc.property(decimal, decimal, fc.constantFrom(...ops), (left, right, op) => {
        const values = { amount: left, quantity: right };
        const order = new Reference(left).comparedTo(new Reference(right));
        const expected = {
          '<': order < 0,
          '<=': order <= 0,
          '>': order > 0,
          '>=': order >= 0,
          '==': order === 0,
          '!=': order !== 0,
        }[op];

        expect(evaluateCondition(`amount ${op} quantity`, values, expenseForm)).toBe(expected);
        expect(evaluateCondition(`amount ${op} ${right}`, values, expenseForm)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('does arithmetic exactly as decimal.js does', () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        const expected = new Reference(a).plus(b).times(c).minus(a);
        const result = evaluateFormula(
          '(amount + quantity) * sum(items.amount) - amount',
          {
            amount: a,
            quantity: b,
            items: [{ amount: c }],
          },
          expenseForm,
        );

        expect(new Reference(result ?? 'NaN').equals(expected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
