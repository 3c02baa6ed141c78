import { describe, expect, it } from 'vitest';
import { neededApprovals, shareOf, stepRejected, tally } from './counting.ts';

describe('percentage rounding: max(1, ceil(n × percent / 100)) in integers', () => {
  it.each([
    [1, 1, 1],
    [1, 50, 1],
    [1, 100, 1],
    [2, 50, 1],
    [2, 51, 2],
    [2, 100, 2],
    [3, 50, 2],
    [3, 66, 2],
    [3, 67, 3],
    [3, 34, 2],
    [3, 33, 1],
    [19, 50, 10],
    [19, 60, 12],
    [19, 5, 1],
    [19, 1, 1],
    [19, 100, 19],
  ])('needs %i approvers at %i %% → %i', (count, percent, needed) => {
    expect(shareOf(count, percent)).toBe(needed);
    expect(neededApprovals({ mode: 'percentage', percent }, count)).toBe(needed);
  });

  it('counts one for any, everyone for all and sequential, everyone for a percentage without one', () => {
    expect(neededApprovals({ mode: 'any' }, 5)).toBe(1);
    expect(neededApprovals({ mode: 'all' }, 5)).toBe(5);
    expect(neededApprovals({ mode: 'sequential' }, 3)).toBe(3);
    expect(neededApprovals({ mode: 'percentage' }, 4)).toBe(4);
  });
});

describe('when a rejection rejects the step', () => {
  const threshold = { rejectWhen: 'threshold' as const };

  it('rejects at the first rejection under rejectWhen first, and always on a veto', () => {
    const counts = tally(['rejected', 'open', 'open', 'open']);

    expect(
      stepRejected({ policy: { rejectWhen: 'first' }, tally: counts, needed: 1, veto: false }),
    ).toBe(true);
    expect(stepRejected({ policy: threshold, tally: counts, needed: 1, veto: true })).toBe(true);
    expect(stepRejected({ policy: threshold, tally: counts, needed: 1, veto: false })).toBe(false);
  });

  it('rejects under threshold once rejections reach the reject share', () => {
    const policy = { ...threshold, rejectPercent: 50 };

    const one = tally(['rejected', 'open', 'open', 'open']);
    const two = tally(['rejected', 'rejected', 'open', 'open']);

    expect(stepRejected({ policy, tally: one, needed: 1, veto: false })).toBe(false);
    expect(stepRejected({ policy, tally: two, needed: 1, veto: false })).toBe(true);
  });

  it('rejects under threshold once approval can no longer reach what is needed', () => {
    const counts = tally(['approved', 'rejected', 'rejected', 'open']);

    expect(stepRejected({ policy: threshold, tally: counts, needed: 2, veto: false })).toBe(false);
    expect(stepRejected({ policy: threshold, tally: counts, needed: 3, veto: false })).toBe(true);
  });
});
