import { describe, expect, it } from 'vitest';
import { cycleText, findCycles } from './org-cycles.ts';

describe('findCycles', () => {
  it('finds each cycle once, starting at its first member, and items pointing at themselves', () => {
    // given 0 → 1 → 2 → 0, 3 → 1 (into the cycle), 4 → 4, 5 → (nothing)
    const next = [1, 2, 0, 1, 4, undefined];

    expect(findCycles(next)).toEqual([[0, 1, 2], [4]]);
  });

  it('starts a cycle met from outside at its lowest position', () => {
    expect(findCycles([2, 2, 3, 1])).toEqual([[1, 2, 3]]);
  });

  it('walks a loop of 200,000 items once, in linear time', () => {
    // given 0 → 199999 → 199998 → … → 1 → 0
    const next = Array.from({ length: 200_000 }, (_, index) => (index === 0 ? 199_999 : index - 1));

    const [cycle, ...others] = findCycles(next);

    expect(others).toEqual([]);
    expect(cycle?.length).toBe(200_000);
    expect(cycle?.slice(0, 3)).toEqual([0, 199_999, 199_998]);
  });

  it('writes a cycle as names with arrows, cutting long ones', () => {
    expect(cycleText(['a', 'b', 'c'])).toBe('a → b → c → a');
    expect(cycleText(Array.from({ length: 25 }, (_, index) => `u${index}`))).toMatch(
      /^u0 → u1 → .* → u19 → … → u0$/,
    );
  });
});
