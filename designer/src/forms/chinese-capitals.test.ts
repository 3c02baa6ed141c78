import { describe, expect, it } from 'vitest';
import { toChineseCapitals } from './chinese-capitals.ts';

// Expectations follow the banking rules for writing amounts (《正确填写票据和结算凭证的基本规定》):
// 整 after 元 when there are no 角 or 分; a 零 for zeros between written digits; where the rules
// allow a 零 to be written or left out, the form this function chose is pinned.

describe('toChineseCapitals', () => {
  it.each([
    ['12345.67', '壹万贰仟叁佰肆拾伍元陆角柒分'],
    ['1000000.00', '壹佰万元整'],
    ['800', '捌佰元整'],
    ['16.00', '壹拾陆元整'],
    ['20000', '贰万元整'],
  ])('given %s, when written in capitals, then it reads %s', (amount, words) => {
    expect(toChineseCapitals(amount)).toBe(words);
  });

  it('given an amount with no fraction, when written, then it ends in 元整', () => {
    expect(toChineseCapitals('10005.00')).toBe('壹万零伍元整');
    expect(toChineseCapitals('10005')).toBe('壹万零伍元整');
  });

  it('given only 分, when written, then neither 零元 nor 零角 is written', () => {
    expect(toChineseCapitals('0.07')).toBe('柒分');
  });

  it('given 角 and no 分, when written, then it ends at 角 without 整', () => {
    expect(toChineseCapitals('100.10')).toBe('壹佰元壹角');
    expect(toChineseCapitals('0.5')).toBe('伍角');
  });

  it('given a zero 角 between 元 and 分, when written, then the 零 is kept', () => {
    expect(toChineseCapitals('325.04')).toBe('叁佰贰拾伍元零肆分');
    expect(toChineseCapitals('10.01')).toBe('壹拾元零壹分');
    expect(toChineseCapitals('1000000.07')).toBe('壹佰万元零柒分');
  });

  it('given zeros inside the integer, when written, then each run of zeros is one 零', () => {
    expect(toChineseCapitals('1409.50')).toBe('壹仟肆佰零玖元伍角');
    expect(toChineseCapitals('6007.14')).toBe('陆仟零柒元壹角肆分');
    expect(toChineseCapitals('100100')).toBe('壹拾万零壹佰元整');
  });

  it('given trailing zeros before 元 and a 角, when written, then no 零 follows 元 (allowed form)', () => {
    expect(toChineseCapitals('1680.32')).toBe('壹仟陆佰捌拾元叁角贰分');
  });

  it('given a zero 万 position before a thousands digit, when written, then 零 sits after 万 (allowed form)', () => {
    expect(toChineseCapitals('107000.53')).toBe('壹拾万零柒仟元伍角叁分');
  });

  it('given a whole group of zeros between groups, when written, then it reads as one 零', () => {
    expect(toChineseCapitals('100000001')).toBe('壹亿零壹元整');
    expect(toChineseCapitals('100010000')).toBe('壹亿零壹万元整');
  });

  it('given a whole 万亿, when written, then it reads 壹万亿元整', () => {
    expect(toChineseCapitals('1000000000000')).toBe('壹万亿元整');
  });

  // Regression: the 万亿 group used to keep its 亿 even when the 亿 group had digits, so
  // 1 0001 0000 0000 read 壹万亿零壹亿.
  it('given digits in both the 万亿 and the 亿 groups, when written, then 亿 is said only once', () => {
    expect(toChineseCapitals('1000100000000')).toBe('壹万零壹亿元整');
    expect(toChineseCapitals('1234567800000000')).toBe('壹仟贰佰叁拾肆万伍仟陆佰柒拾捌亿元整');
  });

  it('given a 万亿 amount with an empty 亿 group, when written, then it keeps 万亿 and a 零', () => {
    expect(toChineseCapitals('1234000056780000')).toBe('壹仟贰佰叁拾肆万亿零伍仟陆佰柒拾捌万元整');
  });

  it('given the largest amount it reads, when written, then every group has its unit', () => {
    expect(toChineseCapitals('9999999999999999.99')).toBe(
      '玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分',
    );
  });

  it('given zero, when written, then it reads 零元整 without a sign', () => {
    expect(toChineseCapitals('0')).toBe('零元整');
    expect(toChineseCapitals('0.00')).toBe('零元整');
    expect(toChineseCapitals('-0.00')).toBe('零元整');
  });

  it('given a negative amount, when written, then it starts with 负', () => {
    expect(toChineseCapitals('-5')).toBe('负伍元整');
    expect(toChineseCapitals('-0.5')).toBe('负伍角');
  });

  it('given leading zeros, when written, then they are ignored', () => {
    expect(toChineseCapitals('007')).toBe('柒元整');
  });

  it.each(['1.234', '10000000000000000', '.5', '1.', '1,000', '1e3', '', 'abc', '¥12'])(
    'given %j, which it cannot read, when written, then it returns null',
    (text) => {
      expect(toChineseCapitals(text)).toBeNull();
    },
  );
});
