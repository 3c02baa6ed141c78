import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal.ts';
import { type Interval, describeInterval, isEmpty } from './intervals.ts';

const at = (value: string, closed: boolean) => ({ value: new Dec(value), closed });
const range = (low: [string, boolean] | null, high: [string, boolean] | null): Interval => ({
  low: low && at(...low),
  high: high && at(...high),
});

describe('intervals', () => {
  it('describes points, one-sided and two-sided ranges in both languages', () => {
    expect(describeInterval(range(['1000', true], ['1000', true]), 'en')).toBe('exactly 1000');
    expect(describeInterval(range(['1000', true], ['5000', false]), 'en')).toBe(
      'at least 1000 and below 5000',
    );
    expect(describeInterval(range(['10', false], null), 'en')).toBe('above 10');
    expect(describeInterval(range(null, ['10.50', true]), 'zh-CN')).toBe('不高于 10.5');
    expect(describeInterval(range(null, null), 'en')).toBe('of any value');
  });

  it('counts only values with the given places as inside', () => {
    // given the open range between 1000 and 1000.01
    const open = range(['1000', false], ['1000.01', false]);

    // then it holds values with three places but none with two
    expect(isEmpty(open, 2)).toBe(true);
    expect(isEmpty(open, 3)).toBe(false);
    expect(isEmpty(open)).toBe(false);
    expect(isEmpty(range(['5', true], ['5', true]), 0)).toBe(false);
    expect(isEmpty(range(['5', true], ['5', false]))).toBe(true);
    expect(isEmpty(range(['5.5', true], ['5.9', true]), 0)).toBe(true);
  });
});
