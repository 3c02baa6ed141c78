import type { ApproverRule, PickRange } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { because, explain } from '../explanations.ts';
import { resolveApprovers } from '../resolve.ts';
import { disable, richOrg } from '../testing.ts';
import { checkPicks, pickCandidates } from './picks.ts';

const org = richOrg();
const ctx = { initiatorId: 'chen.jie', org };
const cashiers: PickRange = [{ kind: 'position', position: 'cashier' }];
const onePick = {
  kind: 'initiatorPicks',
  multiple: false,
  range: cashiers,
} satisfies ApproverRule;
const severalPicks = { kind: 'approverPicks', multiple: true, range: [] } satisfies ApproverRule;

function texts(problems: ReturnType<typeof checkPicks>): string[] {
  return problems.map((problem) => explain(problem, 'en'));
}

describe('pickCandidates', () => {
  it('given an empty range, then every enabled user but the initiator, in the org order', () => {
    const disabled = richOrg((source) => disable(source, 'sun.hao'));

    const result = pickCandidates([], { ...ctx, org: disabled });

    expect(result.userIds).toEqual([
      'zhao.min',
      'wang.fang',
      'liu.yang',
      'li.na',
      'he.xin',
      'zhou.yu',
      'ops.kai',
    ]);
  });

  it('unites users, roles, positions and groups in the org order, leaving out the excluded', () => {
    const excluded = new Map([
      ['li.na', because('sod.initiator', { user: 'li.na', userName: 'li.na' })],
    ]);

    const result = pickCandidates(
      [
        { kind: 'group', group: 'budget-committee' },
        { kind: 'user', userIds: ['zhou.yu', 'ghost'] },
        { kind: 'role', role: 'executive' },
        ...cashiers,
      ],
      { ...ctx, excluded },
    );

    expect(result.userIds).toEqual(['zhao.min', 'he.xin', 'sun.hao', 'zhou.yu']);
    expect(result.factDetails.map((fact) => explain(fact, 'en'))).toEqual([
      'user ghost does not exist',
    ]);
  });

  it('keeps the initiator when they may act', () => {
    const result = pickCandidates([], { ...ctx, initiator: 'act' });

    expect(result.userIds).toContain('chen.jie');
  });
});

describe('checkPicks', () => {
  it('accepts picks inside the range', () => {
    expect(checkPicks(onePick, ['he.xin'], ctx)).toEqual([]);
    expect(checkPicks(severalPicks, ['he.xin', 'zhao.min'], ctx)).toEqual([]);
  });

  it('explains every invalid pick', () => {
    const disabled = richOrg((source) => disable(source, 'he.xin'));
    const single = { ...onePick, range: [] };

    expect(texts(checkPicks(onePick, [], ctx))).toEqual(['nobody was picked']);
    expect(texts(checkPicks(onePick, ['zhao.min'], ctx))).toEqual([
      'zhao.min is not in the range that may be picked',
    ]);
    expect(texts(checkPicks(single, ['li.na', 'he.xin'], ctx))).toEqual([
      'only one approver may be picked, but 2 were',
    ]);
    expect(texts(checkPicks(severalPicks, ['ghost', 'chen.jie', 'li.na', 'li.na'], ctx))).toEqual([
      'picked user ghost does not exist',
      'chen.jie started the request and may not be picked',
      'li.na was picked 2 times',
    ]);
    expect(texts(checkPicks(onePick, ['he.xin'], { ...ctx, org: disabled }))).toEqual([
      'picked user he.xin is disabled',
    ]);
  });

  it('checks the pick rule of the case a conditional chooses, and nothing for other rules', () => {
    const conditional = {
      kind: 'conditional',
      cases: [{ when: "initiatorDepartment == 'east-sales'", rules: [onePick] }],
      otherwise: [],
    } satisfies ApproverRule;

    expect(texts(checkPicks(conditional, ['zhao.min'], ctx))).toHaveLength(1);
    expect(checkPicks({ kind: 'role', role: 'finance' }, [], ctx)).toEqual([]);
  });
});

describe('checkPicks and the picker', () => {
  it('refuses the picker picking themselves, before any question of range (H2)', () => {
    const picker = { ...ctx, picker: 'zhao.min' };

    expect(texts(checkPicks(severalPicks, ['zhao.min'], picker))).toEqual([
      'zhao.min may not pick themselves for the next step',
    ]);
    expect(texts(checkPicks(onePick, ['zhao.min'], picker))).toEqual([
      'zhao.min may not pick themselves for the next step',
    ]);
    expect(pickCandidates([], picker).userIds).not.toContain('zhao.min');
  });

  it('tells the initiator picking themselves the same, whatever the range', () => {
    for (const rule of [onePick, severalPicks]) {
      expect(texts(checkPicks(rule, ['chen.jie'], ctx))).toEqual([
        'chen.jie started the request and may not be picked',
      ]);
    }
  });

  it('tells each problem of a person picked many times once, by username', () => {
    const fifty = Array.from({ length: 50 }, () => 'li.na');

    expect(texts(checkPicks({ ...onePick, multiple: true }, fifty, ctx))).toEqual([
      'li.na was picked 50 times',
    ]);
    expect(texts(checkPicks(severalPicks, ['ghost', 'ghost', 'ghost'], ctx))).toEqual([
      'ghost was picked 3 times',
      'picked user ghost does not exist',
    ]);
  });

  it('finds nobody for an approver pick when nobody is there to pick, saying why', () => {
    const result = resolveApprovers(severalPicks, { ...ctx, picker: null });

    expect(result.userIds).toEqual([]);
    expect(result.needsPick).toBeUndefined();
    expect(result.reason).toBe(
      'picked by the previous approver: nobody eligible (nobody was there to pick the approvers ' +
        '(the steps before completed without an approver))',
    );
  });
});

describe('pick rules', () => {
  it('without a pick, need one from the candidates and choose nobody yet', () => {
    const result = resolveApprovers(onePick, ctx);

    expect(result.userIds).toEqual([]);
    expect(result.needsPick).toEqual({
      by: 'initiator',
      multiple: false,
      candidateIds: ['li.na', 'he.xin'],
    });
    expect(result.reason).toBe('waiting for the initiator to pick the approvers');
  });

  it('with a pick, choose the people picked in the order given', () => {
    const result = resolveApprovers(severalPicks, { ...ctx, picked: ['zhao.min', 'he.xin'] });

    expect(result.userIds).toEqual(['zhao.min', 'he.xin']);
    expect(result.needsPick).toBeUndefined();
    expect(result.facts).toEqual([
      'zhao.min was picked by the previous approver',
      'he.xin was picked by the previous approver',
    ]);
    expect(result.reason).toBe('picked by the previous approver');
  });

  it('never assigns a pick outside the range, unknown, disabled, or beyond the one asked', () => {
    const disabled = richOrg((source) => disable(source, 'li.na'));

    const outside = resolveApprovers(onePick, { ...ctx, picked: ['zhao.min'] });
    const several = resolveApprovers(onePick, { ...ctx, picked: ['he.xin', 'li.na'] });
    const off = resolveApprovers(onePick, { ...ctx, org: disabled, picked: ['li.na'] });
    const ghost = resolveApprovers(severalPicks, { ...ctx, picked: ['ghost'] });

    expect(outside.userIds).toEqual([]);
    expect(several.userIds).toEqual(['he.xin']);
    expect(off.userIds).toEqual([]);
    expect(ghost.facts).toEqual(['picked user ghost does not exist']);
  });
});
