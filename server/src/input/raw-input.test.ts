import { describe, expect, it } from 'vitest';
import { findRawInputProblems, MAX_INPUT_DEPTH, rawInputIssues } from './raw-input.ts';

/** An object `levels` deep: { a: { a: … 1 } }, built without recursion. */
function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level += 1) value = { a: value };

  return value;
}

describe('raw input checks', () => {
  it('accepts ordinary input, including nesting right at the limit', () => {
    expect(findRawInputProblems({ username: 'chen.jie', items: [{ amount: '1.00' }] })).toEqual([]);
    expect(findRawInputProblems(nested(MAX_INPUT_DEPTH))).toEqual([]);
    expect(findRawInputProblems(undefined)).toEqual([]);
  });

  it('finds U+0000 in values and keys at any depth, in document order', () => {
    const input = { a: 'ok', b: ['x', 'y\u0000'], 'k\u0000': 1, c: { d: '\u0000' } };

    expect(findRawInputProblems(input)).toEqual([
      { code: 'input.nul-character', path: ['b', 1] },
      { code: 'input.nul-character', path: ['k\u0000'] },
      { code: 'input.nul-character', path: ['c', 'd'] },
    ]);
  });

  it('finds unpaired surrogates, which were stored as is, and accepts paired ones', () => {
    // regression: "a\ud800b" was accepted and stored on both databases
    const input = { emoji: '报销 😀', high: 'a\ud800b', low: '\udfff', ['\ud800']: 1 };

    expect(findRawInputProblems(input)).toEqual([
      { code: 'input.unpaired-surrogate', path: ['high'] },
      { code: 'input.unpaired-surrogate', path: ['low'] },
      { code: 'input.unpaired-surrogate', path: ['\ud800'] },
    ]);
  });

  it('stops at the depth limit and names where it was passed', () => {
    const [problem, ...rest] = findRawInputProblems(nested(100_000));

    expect(rest).toEqual([]);
    expect(problem?.code).toBe('input.too-deep');
    expect(problem?.path).toEqual(Array.from({ length: MAX_INPUT_DEPTH }, () => 'a'));
  });

  it('reports at most 20 problems', () => {
    const input = Array.from({ length: 1000 }, () => '\u0000');

    expect(findRawInputProblems(input)).toHaveLength(20);
  });

  it('words the issues in the caller language', () => {
    expect(rawInputIssues(nested(70), 'zh-CN')[0]?.message).toBe('嵌套层级过深（最多 64 层）。');
    expect(rawInputIssues(['\u0000'], 'en')[0]).toEqual({
      code: 'input.nul-character',
      severity: 'error',
      path: [0],
      message: 'Must not contain the NUL character (U+0000).',
    });
  });
});
