import { describe, expect, it } from 'vitest';
import {
  asText,
  decimalTextState,
  formatDecimal,
  groupDigits,
  sanitizeDecimalInput,
} from './decimal-text.ts';

describe('sanitizeDecimalInput', () => {
  it('given full-width digits and a Chinese full stop, when cleaned, then they become ASCII', () => {
    expect(sanitizeDecimalInput('１２,３４５。６７')).toBe('12345.67');
    expect(sanitizeDecimalInput('３．５')).toBe('3.5');
  });

  it('given grouping, spaces and a currency sign, when cleaned, then only the number is left', () => {
    expect(sanitizeDecimalInput(' ¥ 1,234.50 ')).toBe('1234.50');
  });

  it('given a full-width or dash minus at the start, when cleaned, then it is an ASCII minus', () => {
    expect(sanitizeDecimalInput('－５')).toBe('-5');
    expect(sanitizeDecimalInput('—12.5')).toBe('-12.5');
  });

  it('given an exponent, when cleaned, then it is kept for validation to refuse, not dropped', () => {
    // Regression: `1e3` typed into an amount silently became `13`.
    expect(sanitizeDecimalInput('1e3')).toBe('1e3');
    expect(decimalTextState(sanitizeDecimalInput('1e3'))).toBe('invalid');
  });

  it('given letters or a minus inside the number, when cleaned, then they are kept as typed', () => {
    expect(sanitizeDecimalInput('12-3')).toBe('12-3');
    expect(sanitizeDecimalInput('--7')).toBe('--7');
    expect(sanitizeDecimalInput('abc')).toBe('abc');
    expect(sanitizeDecimalInput('12 3')).toBe('12 3');
  });

  it('given commas that are not thousands grouping, when cleaned, then they are kept', () => {
    expect(sanitizeDecimalInput('1,5')).toBe('1,5');
    expect(sanitizeDecimalInput('1234,567')).toBe('1234,567');
    expect(sanitizeDecimalInput('1,234,567')).toBe('1234567');
  });

  it('given a leading point, when cleaned, then the zero is written out', () => {
    expect(sanitizeDecimalInput('.5')).toBe('0.5');
    expect(sanitizeDecimalInput('-.5')).toBe('-0.5');
  });

  it('given two points, when cleaned, then both are kept for validation to refuse', () => {
    expect(sanitizeDecimalInput('1.2.3')).toBe('1.2.3');
  });

  it('never loses a digit or a character that is not cosmetic', () => {
    const samples = ['1e3', '12a34', '7%', '3/4', '1_000', '0x10', '+5', '12.3.4', '1,5'];
    for (const sample of samples) {
      const kept = sanitizeDecimalInput(sample).replace(/[^\w%/+.,-]/g, '');

      expect(kept, sample).toBe(sample);
    }
  });
});

describe('decimalTextState', () => {
  it('given a plain decimal, when checked, then it is a decimal', () => {
    expect(decimalTextState('12')).toBe('decimal');
    expect(decimalTextState('-0.50')).toBe('decimal');
  });

  it('given text halfway through typing, when checked, then it is unfinished, not an error', () => {
    expect(['-', '12.', '1,', '1,23', '-12,345,6'].map(decimalTextState)).toEqual([
      'unfinished',
      'unfinished',
      'unfinished',
      'unfinished',
      'unfinished',
    ]);
  });

  it('given text no typing can turn into a decimal, when checked, then it is invalid', () => {
    expect(['1e3', '12-3', 'abc', '1.2.3', '1234,5', '+5'].map(decimalTextState)).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
      'invalid',
    ]);
  });

  it('given nothing, when checked, then it is empty', () => {
    expect(decimalTextState('')).toBe('empty');
  });
});

describe('groupDigits', () => {
  it('given a long integer part, when grouped, then commas separate thousands', () => {
    expect(groupDigits('1234567')).toBe('1,234,567');
    expect(groupDigits('12345.6')).toBe('12,345.6');
  });

  it('given a long fraction, when grouped, then the fraction is left alone', () => {
    expect(groupDigits('1234.56789')).toBe('1,234.56789');
  });

  it('given a negative amount, when grouped, then the sign stays in front', () => {
    expect(groupDigits('-1234567.5')).toBe('-1,234,567.5');
  });

  it('given three digits or fewer, when grouped, then nothing changes', () => {
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('0.5')).toBe('0.5');
  });

  it('given a trailing point while typing, when grouped, then the point is kept', () => {
    expect(groupDigits('1234.')).toBe('1,234.');
  });

  it('given text that is not a decimal, when grouped, then it comes back unchanged', () => {
    expect(groupDigits('12a34')).toBe('12a34');
    expect(groupDigits('')).toBe('');
  });
});

describe('formatDecimal', () => {
  it('given fewer places than asked, when formatted, then the fraction is padded with zeros', () => {
    expect(formatDecimal('12.5', 2)).toBe('12.50');
    expect(formatDecimal('1234', 2)).toBe('1,234.00');
    expect(formatDecimal('-0.5', 2)).toBe('-0.50');
  });

  it('given more places than asked, when formatted, then it is shown unrounded', () => {
    expect(formatDecimal('12.345', 2)).toBe('12.345');
  });

  it('given zero places, when formatted, then no point is added', () => {
    expect(formatDecimal('1234567', 0)).toBe('1,234,567');
    expect(formatDecimal('1234.', 0)).toBe('1,234');
  });

  it('given text that is not a decimal, when formatted, then it comes back unchanged', () => {
    expect(formatDecimal('abc', 2)).toBe('abc');
  });
});

describe('asText', () => {
  it('given a string, when read, then it is returned as it is', () => {
    expect(asText('12.50')).toBe('12.50');
  });

  it('given a number or a bigint, when read, then it is written out', () => {
    expect(asText(12)).toBe('12');
    expect(asText(10n)).toBe('10');
  });

  it('given anything else, when read, then it is empty', () => {
    expect(asText(null)).toBe('');
    expect(asText(undefined)).toBe('');
    expect(asText({ amount: '1' })).toBe('');
    expect(asText(['1'])).toBe('');
  });
});
