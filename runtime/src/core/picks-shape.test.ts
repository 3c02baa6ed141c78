import { describe, expect, it } from 'vitest';
import { MAX_PICKED_STEPS, Picks } from './types.ts';

describe('Picks', () => {
  it('accepts picks for up to 50 steps of up to 50 people', () => {
    const picks = Object.fromEntries(
      Array.from({ length: MAX_PICKED_STEPS }, (_, step) => [
        `step${step}`,
        Array.from({ length: 50 }, (_, person) => `u-${person}`),
      ]),
    );

    expect(Picks.safeParse(picks).success).toBe(true);
  });

  it('refuses picks for more steps than a request can have, instead of storing them', () => {
    const picks = Object.fromEntries(
      Array.from({ length: MAX_PICKED_STEPS + 1 }, (_, step) => [`step${step}`, ['u-1']]),
    );

    expect(Picks.safeParse(picks).error?.issues[0]?.message).toBe('picks for at most 50 steps');
  });

  it('refuses a step id longer than any node id', () => {
    expect(Picks.safeParse({ ['s'.repeat(65)]: ['u-1'] }).success).toBe(false);
  });
});
