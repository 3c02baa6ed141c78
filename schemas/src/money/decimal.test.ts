import { describe, expect, it } from 'vitest';
import {
  decimalPlaces,
  isDecimalString,
  parseDecimal,
  roundHalfUp,
  sumDecimals,
} from './decimal.ts';

describe('sumDecimals', () => {
  it('totals 0.10 and 0.20 as exactly 0.30', () => {
    // given two line items that a binary float would total as 0.30000000000000004
    const items = ['0.10', '0.20'];

    // when they are summed
    const total = sumDecimals(items);

    // then the total is exact and keeps the inputs' places
    expect(total).toBe('0.30');
  });

  it('keeps the most precise input places and handles negative lines', () => {
    expect(sumDecimals(['1', '2.5', '-0.125'])).toBe('3.375');
    expect(sumDecimals(['102.12', '-109.98'])).toBe('-7.86');
  });

  it('gives 0 for no values and never a negative zero', () => {
    expect(sumDecimals([])).toBe('0');
    expect(sumDecimals(['0.50', '-0.50'])).toBe('0.00');
  });

  it('sums amounts far beyond the float range exactly', () => {
    expect(sumDecimals(['99999999999999999.99', '0.01'])).toBe('100000000000000000.00');
  });

  it('refuses a value that is not a decimal string', () => {
    expect(() => sumDecimals(['1,000.00'])).toThrowErrorMatchingInlineSnapshot(
      `[BatonError: "1,000.00" is not a decimal string]`,
    );
  });
});

describe('roundHalfUp', () => {
  it.each([
    ['17.275', 2, '17.28'],
    ['1.005', 2, '1.01'],
    ['-1.005', 2, '-1.01'],
    ['2.5', 0, '3'],
    ['-2.5', 0, '-3'],
    ['12345.6', 2, '12345.60'],
    ['-0.001', 2, '0.00'],
    ['0.125', 2, '0.13'],
  ])('rounds %s to %i places as %s', (value, places, expected) => {
    expect(roundHalfUp(value, places)).toBe(expected);
  });
});

describe('parseDecimal and decimalPlaces', () => {
  it('reads plain decimals only', () => {
    expect(parseDecimal('12.50')?.toFixed()).toBe('12.5');
    expect(parseDecimal('-3')?.toFixed()).toBe('-3');
    for (const bad of ['1,000', '1e3', '+1', '.5', '5.', ' 1', 'NaN', 'Infinity', '']) {
      expect(parseDecimal(bad), bad).toBeNull();
    }
  });

  it('counts significant decimal places', () => {
    expect(decimalPlaces('0.001')).toBe(3);
    expect(decimalPlaces('12.50')).toBe(1);
    expect(decimalPlaces('7')).toBe(0);
  });

  it('refuses absurdly long strings', () => {
    expect(isDecimalString('1'.repeat(61))).toBe(false);
  });
});
