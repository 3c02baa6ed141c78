import { describe, expect, it } from 'vitest';
import type { FormField } from '@baton/schemas';
import { formatComputed } from './field-display.ts';

type ComputedField = Extract<FormField, { type: 'computed' }>;

const total: ComputedField = {
  key: 'total',
  type: 'computed',
  label: { 'zh-CN': '合计', en: 'Total' },
  required: false,
  formula: 'sum(items.amount)',
  valueType: 'money',
  currency: 'CNY',
  decimals: 2,
};

describe('formatComputed', () => {
  it('given a money total, when shown with its sign, then it is rounded to fen with ¥', () => {
    expect(formatComputed(total, '0.3', 'zh-CN', { sign: true })).toBe('¥0.30');
  });

  it('given a half fen, when shown, then it rounds half-up', () => {
    expect(formatComputed(total, '1234.565', 'en', { sign: true })).toBe('CN¥1,234.57');
    expect(formatComputed(total, '1234.565', 'en', { sign: false })).toBe('1,234.57');
  });

  it('given a number field, when shown with the sign option, then no currency sign appears', () => {
    const count = { ...total, valueType: 'number' as const, decimals: 1 };

    expect(formatComputed(count, '2.25', 'zh-CN', { sign: true })).toBe('2.3');
  });

  it('given a value that is not a decimal, when shown, then it is shown as it is', () => {
    expect(formatComputed(total, 'abc', 'en', { sign: false })).toBe('abc');
  });
});
