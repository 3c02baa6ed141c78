import { describe, expect, it } from 'vitest';
import { currencySign, displayMoney, displayNumber, moneyInWords } from './money.ts';

describe('currencySign', () => {
  it('given CNY, when shown in each language, then zh-CN uses ¥ and en uses CN¥', () => {
    expect(currencySign('CNY', 'zh-CN')).toBe('¥');
    expect(currencySign('CNY', 'en')).toBe('CN¥');
  });

  it('given USD, when shown in en, then it uses $', () => {
    expect(currencySign('USD', 'en')).toBe('$');
  });

  it('given a code Intl refuses, when shown, then the code itself is the sign', () => {
    expect(currencySign('cny!', 'en')).toBe('cny!');
  });
});

describe('displayMoney', () => {
  it('given a CNY amount, when displayed in zh-CN, then it has ¥, grouping and two places', () => {
    expect(displayMoney('12345.6', 'CNY', 'zh-CN')).toBe('¥12,345.60');
  });

  it('given a CNY amount, when displayed in en, then it has CN¥', () => {
    expect(displayMoney('12345.6', 'CNY', 'en')).toBe('CN¥12,345.60');
  });

  it('given a negative amount, when displayed, then the minus comes before the sign', () => {
    expect(displayMoney('-1234.5', 'CNY', 'zh-CN', 2)).toBe('-¥1,234.50');
  });

  it('given more places than the field allows, when displayed, then they are shown unrounded', () => {
    expect(displayMoney('1234.5678', 'CNY', 'zh-CN', 2)).toBe('¥1,234.5678');
  });

  it('given more places and no field limit, when displayed, then it rounds half-up to fen', () => {
    expect(displayMoney('12.345', 'CNY', 'zh-CN')).toBe('¥12.35');
  });

  it('given half-typed text, when displayed, then it is shown as typed', () => {
    expect(displayMoney('12.', 'CNY', 'zh-CN', 2)).toBe('12.');
    expect(displayMoney('-', 'CNY', 'en', 2)).toBe('-');
    expect(displayMoney('', 'CNY', 'en', 2)).toBe('');
  });
});

describe('moneyInWords', () => {
  it('given a CNY amount, when put in words, then it is in Chinese capitals', () => {
    expect(moneyInWords('12345.67', 'CNY')).toBe('壹万贰仟叁佰肆拾伍元陆角柒分');
  });

  it('given another currency, when put in words, then there are none', () => {
    expect(moneyInWords('12345.67', 'USD')).toBeNull();
  });
});

describe('displayNumber', () => {
  it('given a number field value, when displayed, then it is grouped and padded', () => {
    expect(displayNumber('1234.5', 3)).toBe('1,234.500');
  });
});
