import { describe, expect, it } from 'vitest';
import {
  delegationStatus,
  emptyDraft,
  instantToLocal,
  localToInstant,
  readDraft,
  type DelegationDraft,
} from './delegation-draft.ts';

const now = new Date(2026, 4, 1, 8, 30);
const draft: DelegationDraft = {
  userId: undefined,
  delegateId: 'u-li',
  startsAt: '2026-05-01T09:00',
  endsAt: '2026-05-08T18:00',
  flowKeys: [],
  amountCap: '',
  reason: '',
};
const mine = { now, self: 'u-wang', needsUser: false };

function fields(value: DelegationDraft, context = mine) {
  return readDraft(value, context).problems.map(({ field, message }) => `${field}: ${message}`);
}

describe('local date-times', () => {
  it('given a datetime-local value, when read, then it is the same moment as a UTC instant', () => {
    expect(localToInstant('2026-05-01T09:00')).toBe(new Date(2026, 4, 1, 9, 0).toISOString());
  });

  it.each(['', '2026-05-01', '09:00', '2026-13-45T09:00x'])(
    'given %j, when read, then it is no moment',
    (text) => {
      expect(localToInstant(text)).toBeUndefined();
    },
  );

  it('given a moment, when shown in the input, then it reads back as the same minute', () => {
    expect(instantToLocal(now)).toBe('2026-05-01T08:30');
    expect(localToInstant(instantToLocal(now))).toBe(now.toISOString());
  });

  it('given now, when a new form opens, then it runs for a week from now', () => {
    const empty = emptyDraft(now);

    expect([empty.startsAt, empty.endsAt]).toEqual(['2026-05-01T08:30', '2026-05-08T08:30']);
  });
});

describe('readDraft', () => {
  it('given a complete draft, when read, then the input has instants and only the set options', () => {
    expect(readDraft(draft, mine)).toEqual({
      input: {
        delegateId: 'u-li',
        startsAt: new Date(2026, 4, 1, 9, 0).toISOString(),
        endsAt: new Date(2026, 4, 8, 18, 0).toISOString(),
      },
      problems: [],
    });
  });

  it('given flows, a cap and a reason, when read, then they are passed on trimmed', () => {
    const full = { ...draft, flowKeys: ['expense'], amountCap: ' 5000.00 ', reason: ' 年假 ' };

    expect(readDraft(full, mine).input).toMatchObject({
      flowKeys: ['expense'],
      amountCap: '5000.00',
      reason: '年假',
    });
  });

  it.each(['5,000', '-1', '1e4', '0.12345', '12.', 'abc'])(
    'given the cap %j, when read, then the cap field says it is not an amount',
    (amountCap) => {
      expect(fields({ ...draft, amountCap })).toEqual(['amountCap: problems.amountInvalid']);
    },
  );

  it('given no delegate and an end before the start, when read, then both fields have a problem', () => {
    const bad = { ...draft, delegateId: undefined, endsAt: '2026-05-01T08:00' };

    expect(fields(bad)).toEqual([
      'delegateId: problems.delegateMissing',
      'endsAt: problems.windowEmpty',
    ]);
  });

  it('given oneself as the delegate, when read, then it is refused', () => {
    expect(fields({ ...draft, delegateId: 'u-wang' })).toEqual(['delegateId: problems.self']);
  });

  it('given a window that already ended, when read, then the end is refused', () => {
    const past = { ...draft, startsAt: '2026-04-01T09:00', endsAt: '2026-04-02T09:00' };

    expect(fields(past)).toEqual(['endsAt: problems.ended']);
  });

  it('given empty dates, when read, then both are asked for', () => {
    expect(fields({ ...draft, startsAt: '', endsAt: '' })).toEqual([
      'startsAt: problems.startsMissing',
      'endsAt: problems.endsMissing',
    ]);
  });

  it('given an admin setting one up for someone else, when nobody is chosen, then who is away is asked for', () => {
    const forOthers = { ...mine, needsUser: true };

    expect(fields(draft, forOthers)).toEqual(['userId: problems.userMissing']);
    expect(readDraft({ ...draft, userId: 'u-chen' }, forOthers).input?.userId).toBe('u-chen');
    expect(fields({ ...draft, userId: 'u-li' }, forOthers)).toEqual(['delegateId: problems.self']);
  });
});

describe('delegationStatus', () => {
  const window = { startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-05-08T00:00:00Z' };

  it.each([
    ['2026-04-30T00:00:00Z', null, 'upcoming'],
    ['2026-05-03T00:00:00Z', null, 'active'],
    ['2026-05-08T00:00:00Z', null, 'ended'],
    ['2026-05-03T00:00:00Z', '2026-05-02T00:00:00Z', 'revoked'],
  ])('given the moment %s (revoked %s), when asked, then it is %s', (at, revokedAt, status) => {
    expect(delegationStatus({ ...window, revokedAt }, new Date(at))).toBe(status);
  });
});
