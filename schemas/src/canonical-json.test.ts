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

describe('canonicalJson depth', () => {
  function nestedArrays(levels: number): unknown {
    let value: unknown = 0;
    for (let level = 0; level < levels; level += 1) value = [value];

    return value;
  }

  it('refuses a value nested 2,500 levels deep with document.too-deep instead of overflowing', () => {
    expect(() => canonicalJson(nestedArrays(2500))).toThrowError(
      expect.objectContaining({ code: 'document.too-deep', kind: 'user' }) as Error,
    );
  });

  it('writes 64 levels of nesting and refuses 65', () => {
    expect(canonicalJson(nestedArrays(64))).toBe(`${'['.repeat(64)}0${']'.repeat(64)}`);
    expect(() => canonicalJson(nestedArrays(65))).toThrowError(/more than 64 levels/);
  });

  it('refuses a cyclic value instead of recursing forever', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;

    expect(() => canonicalJson(loop)).toThrowError(
      expect.objectContaining({ code: 'document.too-deep' }) as Error,
    );
  });

  it('asks toJSON once, as JSON.stringify does', () => {
    const value = { when: new Date(Date.UTC(2026, 2, 14)), b: { toJSON: () => ({ z: 1, y: 2 }) } };

    expect(canonicalJson(value)).toBe(JSON.stringify({ b: { y: 2, z: 1 }, when: value.when }));
  });
});
