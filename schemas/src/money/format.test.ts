import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.ts';

describe('formatMoney', () => {
  it('groups thousands and shows the currency in English', () => {
    expect(formatMoney('12345.67', 'CNY', 'en')).toBe('CN¥12,345.67');
  });

  it('uses the Chinese currency symbol in zh-CN', () => {
    expect(formatMoney('12345.67', 'CNY', 'zh-CN')).toBe('¥12,345.67');
  });

  it('rounds half-up to the currency minor unit and pads', () => {
    expect(formatMoney('1.005', 'EUR', 'en')).toBe('€1.01');
    expect(formatMoney('800', 'CNY', 'en')).toBe('CN¥800.00');
    expect(formatMoney('1234.5', 'JPY', 'en')).toBe('¥1,235');
  });

  it('keeps every digit of amounts beyond the float range', () => {
    expect(formatMoney('12345678901234567.89', 'USD', 'en')).toBe('$12,345,678,901,234,567.89');
  });

  it('places the minus sign as the locale does', () => {
    expect(formatMoney('-1234.5', 'CNY', 'zh-CN')).toBe('-¥1,234.50');
  });
});
