import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    const value = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } };

    expect(canonicalJson(value)).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: [true, null] })).toBe(canonicalJson({ y: [true, null], x: 1 }));
  });

  it('drops undefined properties like JSON does and keeps __proto__ as data', () => {
    const value = JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as unknown;

    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(canonicalJson(value)).toBe('{"__proto__":{"a":1},"b":2}');
    expect(canonicalJson([undefined])).toBe('[null]');
  });
});
