import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from './json-error-position.ts';

describe('jsonErrorPosition', () => {
  it('finds nothing wrong in valid JSON, however deep', () => {
    const valid = [
      '{}',
      ' [ ] ',
      '{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"],"b":{"c":{}}}',
      '0',
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    ];

    for (const text of valid) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorPosition(text), text.slice(0, 40)).toBeUndefined();
    }
  });

  it('points at the first character JSON.parse cannot accept', () => {
    const cases: Array<[string, number]> = [
      ['{"bundle": x}', 11],
      ['{"a":1,}', 7],
      ['{"a" 1}', 5],
      ['[1 2]', 3],
      ['{"a":01}', 6],
      ['"tab\there"', 4],
      ['"bad \\q escape"', 5],
      ['{} {}', 3],
      ['[-]', 1],
      ["{'a':1}", 1],
    ];

    for (const [text, position] of cases) {
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      expect(jsonErrorPosition(text), text).toBe(position);
    }
  });

  it('gives the length of a text that ends too early', () => {
    for (const text of ['', '{', '[1,', '{"a":', '"open', '{"a":1']) {
      expect(jsonErrorPosition(text), text).toBe(text.length);
    }
  });
});
