import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@baton/schemas';
import { opaqueComputedKeys, withStoredComputed } from './stored-computed.ts';

const money = { type: 'money', currency: 'CNY', label: { en: 'x' } } as const;

/** A viewer's form: `hidden` is left out, as the server does for a field hidden from them. */
const form = {
  fields: [
    { ...money, key: 'price' },
    {
      key: 'net',
      type: 'computed',
      label: { en: 'Net' },
      formula: 'price * 2',
      valueType: 'money',
      currency: 'CNY',
    },
    {
      key: 'gross',
      type: 'computed',
      label: { en: 'Gross' },
      formula: 'price + secret',
      valueType: 'money',
      currency: 'CNY',
    },
    {
      key: 'grand',
      type: 'computed',
      label: { en: 'Grand' },
      formula: 'gross + net',
      valueType: 'money',
      currency: 'CNY',
    },
  ],
} as unknown as FormDefinition;

describe('opaqueComputedKeys', () => {
  it('given formulas reading a hidden field directly or through another, then those are opaque', () => {
    expect([...opaqueComputedKeys(form)].sort()).toEqual(['grand', 'gross']);
  });
});

describe('withStoredComputed', () => {
  it('given a recalculation from visible values only, then opaque fields keep the stored value', () => {
    const stored = { price: '1.00', net: '2.00', gross: '6206.15', grand: '6208.15' };
    const edited = { price: '3.00', net: '6.00', gross: '3.00' };

    expect(withStoredComputed(opaqueComputedKeys(form), edited, stored)).toEqual({
      price: '3.00',
      net: '6.00',
      gross: '6206.15',
      grand: '6208.15',
    });
  });
});
