import { describe, expect, it } from 'vitest';
import { FormField } from '@baton/schemas';
import { formatComputed, NONE, valueText, type Display } from './field-display.ts';
import { orgNames } from './org/org-names.ts';

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

describe('valueText', () => {
  const display: Display = {
    locale: 'en',
    text: (label) => (label === undefined ? '' : typeof label === 'string' ? label : label.en),
    org: orgNames([{ id: 'u1', name: 'Li Na', username: 'li.na', disabled: false }], []),
    dateTime: (iso) => `at ${iso}`,
    yes: 'Yes',
    no: 'No',
    period: (from, to, days) => `${from} to ${to}, ${days} days`,
    list: (items) => items.join(' + '),
  };
  // Each test parses a field of a type `valueText` takes; the cast names that union.
  const field = (shape: Record<string, unknown>) =>
    FormField.parse({ key: 'f', label: 'F', ...shape }) as Parameters<typeof valueText>[0];

  it('given a percentage, when shown, then it has its places and the sign', () => {
    expect(valueText(field({ type: 'percentage' }), '12.5', display)).toBe('12.50%');
  });

  it('given a day, when shown, then it is that day in the UI language', () => {
    expect(valueText(field({ type: 'date' }), '2026-03-02', display)).toBe('Mar 2, 2026');
  });

  it('given a moment, when shown, then the viewer’s time formatting is used', () => {
    const moment = '2026-03-02T01:30:00Z';

    expect(valueText(field({ type: 'datetime' }), moment, display)).toBe(`at ${moment}`);
  });

  it('given a period, when shown, then both days and the length are shown', () => {
    const value = { start: '2026-03-02', end: '2026-03-04' };

    expect(valueText(field({ type: 'dateRange' }), value, display)).toBe(
      'Mar 2, 2026 to Mar 4, 2026, 3 days',
    );
  });

  it('given options, when shown, then they read as their labels in the options’ order', () => {
    const options = [
      { value: 'a', label: { 'zh-CN': '甲', en: 'Alpha' } },
      { value: 'b', label: { 'zh-CN': '乙', en: 'Beta' } },
    ];

    expect(valueText(field({ type: 'multiselect', options }), ['b', 'a'], display)).toBe(
      'Alpha + Beta',
    );
    expect(valueText(field({ type: 'radio', options }), 'b', display)).toBe('Beta');
  });

  it('given a tick box, when shown, then it reads yes, no, or a dash when never touched', () => {
    const box = field({ type: 'checkbox' });

    expect([true, false, undefined].map((value) => valueText(box, value, display))).toEqual([
      'Yes',
      'No',
      NONE,
    ]);
  });

  it('given a person, when shown, then their name is used', () => {
    expect(valueText(field({ type: 'user' }), 'u1', display)).toBe('Li Na');
  });
});
