import { describe, expect, it } from 'vitest';
import { isLocale, textIn } from './locale.ts';

describe('isLocale', () => {
  it('given the two shipped languages, when checked, then both are locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('en')).toBe(true);
  });

  it('given near misses and other values, when checked, then none is a locale', () => {
    for (const value of ['zh', 'zh-cn', 'en-US', 'EN', '', null, undefined, 1]) {
      expect(isLocale(value)).toBe(false);
    }
  });
});

describe('textIn', () => {
  it('given a label per language, when resolved, then the asked language is used', () => {
    const label = { 'zh-CN': '费用报销', en: 'Expense reimbursement' };

    expect(textIn(label, 'zh-CN')).toBe('费用报销');
    expect(textIn(label, 'en')).toBe('Expense reimbursement');
  });

  it('given one string for every language, when resolved, then it is used as it is', () => {
    expect(textIn('JSON', 'zh-CN')).toBe('JSON');
  });
});
