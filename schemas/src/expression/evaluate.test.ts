import { describe, expect, it } from 'vitest';
import { expenseForm } from './test-form.ts';
import { evaluateCondition, evaluateFormula } from './with-form.ts';

const when = (source: string, values: Record<string, unknown>) =>
  evaluateCondition(source, values, expenseForm);
const formula = (source: string, values: Record<string, unknown> = {}) =>
  evaluateFormula(source, values, expenseForm);

describe('evaluateCondition with decimals', () => {
  it('does not treat 1,000,000.00 as more than 1000000', () => {
    // given an amount of exactly one million written with cents
    const values = { amount: '1000000.00' };

    // when the threshold condition is evaluated
    const over = when('amount > 1000000', values);

    // then it is not over the threshold, but it is at it
    expect(over).toBe(false);
    expect(when('amount >= 1000000', values)).toBe(true);
    expect(when('amount == 1000000', values)).toBe(true);
  });

  it('adds 0.10 and 0.20 to exactly 0.30', () => {
    expect(when('0.10 + 0.20 == 0.30', {})).toBe(true);
    expect(
      when('sum(items.amount) == 0.3', { items: [{ amount: '0.10' }, { amount: '0.20' }] }),
    ).toBe(true);
  });

  it('compares text, selections and dates', () => {
    const values = { costCentre: 'ops', date: '2026-03-01', description: 'Taxi' };

    expect(when('costCentre in ["sales", "ops"]', values)).toBe(true);
    expect(when('costCentre == "sales"', values)).toBe(false);
    expect(when('date >= "2026-02-28" && date < "2026-12-31"', values)).toBe(true);
    expect(when('description != "Hotel"', values)).toBe(true);
  });
});

describe('evaluateCondition with missing values', () => {
  it.each([
    'amount > 5',
    'amount < 5',
    'amount == 5',
    'amount != 5',
    '!(amount == 5)',
    '!(amount > 5)',
    'amount * 2 > 0',
    'amount + 1 != 0',
    'costCentre in ["sales", "ops"]',
    '!(costCentre in ["sales"])',
    'description != "x"',
    'date < "2030-01-01"',
    'amount > 5 || amount <= 5',
  ])('never makes %s true when the value is missing', (source) => {
    expect(when(source, {})).toBe(false);
    expect(when(source, { amount: '', costCentre: '', description: '  ', date: '' })).toBe(false);
  });

  it('lets a known part decide an `||` or `&&`', () => {
    expect(when('amount > 5 || quantity == 1', { quantity: '1' })).toBe(true);
    expect(when('amount > 5 && quantity == 1', { quantity: '2' })).toBe(false);
  });

  it('treats values of the wrong shape as missing', () => {
    expect(when('amount > 5', { amount: 10 })).toBe(false);
    expect(when('amount > 5', { amount: '1,000' })).toBe(false);
    expect(when('date > "2020-01-01"', { date: '2026-02-30' })).toBe(false);
  });

  it('answers isEmpty for missing, blank and present values', () => {
    expect(when('isEmpty(amount)', {})).toBe(true);
    expect(when('isEmpty(description)', { description: '   ' })).toBe(true);
    expect(when('isEmpty(items)', { items: [] })).toBe(true);
    expect(when('isEmpty(amount)', { amount: '0' })).toBe(false);
  });
});

describe('evaluateFormula', () => {
  it('gives the exact decimal without rounding', () => {
    expect(formula('sum(items.amount)', { items: [{ amount: '0.10' }, { amount: '0.20' }] })).toBe(
      '0.3',
    );
    expect(formula('amount * 1.13', { amount: '100.01' })).toBe('113.0113');
    expect(formula('10 / 4')).toBe('2.5');
  });

  it('rounds half-up only when asked', () => {
    expect(formula('round(17.275, 2)')).toBe('17.28');
    expect(formula('round(-1.005, 2)')).toBe('-1.01');
    expect(formula('round(amount, 0)', { amount: '2.50' })).toBe('3');
  });

  it('is empty on a division by zero, never Infinity', () => {
    expect(formula('amount / 0', { amount: '5' })).toBeNull();
    expect(formula('amount / (quantity - quantity)', { amount: '5', quantity: '3' })).toBeNull();
  });

  it('is empty when an operand is missing, but sums skip empty rows', () => {
    expect(formula('amount + 1')).toBeNull();
    expect(formula('sum(items.amount)', { items: [{ amount: '2.50' }, { item: 'x' }] })).toBe(
      '2.5',
    );
    expect(formula('sum(items.amount)', { items: [] })).toBe('0');
    expect(formula('count(items)', { items: [{}, {}] })).toBe('2');
    expect(formula('max(items.amount)', { items: [] })).toBeNull();
  });

  it('computes min, max and abs', () => {
    const items = [{ amount: '3.10' }, { amount: '-7' }, { amount: '2' }];

    expect(formula('min(items.amount)', { items })).toBe('-7');
    expect(formula('max(items.amount)', { items })).toBe('3.1');
    expect(formula('abs(min(items.amount))', { items })).toBe('7');
    expect(formula('max(1, amount, 2)', { amount: '5' })).toBe('5');
    expect(formula('max(1, amount, 2)')).toBeNull();
  });

  it('throws a coded error for an expression that does not check against the form', () => {
    expect(() => formula('amout * 2')).toThrowErrorMatchingInlineSnapshot(
      `[BatonError: The expression "amout * 2" is not valid: Unknown field "amout"]`,
    );
    expect(() => when('amount', {})).toThrow(/must give true\/false/);
  });
});
