import { describe, expect, it } from 'vitest';
import type { PickRange } from '@baton/schemas';
import {
  buildRange,
  completeRule,
  rangeParts,
  readDraftRules,
  recipientRuleKinds,
  ruleKinds,
  simpleRuleKinds,
  startRule,
} from './draft-rules.ts';

describe('readDraftRules', () => {
  it('given complete rules, when read, then they come back as they are', () => {
    const rules = [
      { kind: 'role', role: 'finance' },
      { kind: 'user', userIds: ['li.na'] },
      { kind: 'supervisor', level: 2 },
      { kind: 'departmentHead', field: 'dept', up: 1, climbIfEmpty: true },
      { kind: 'supervisorChain', end: { kind: 'approvalLimit', field: 'amount' } },
      { kind: 'initiatorPicks', multiple: true, range: [{ kind: 'role', role: 'finance' }] },
      {
        kind: 'conditional',
        cases: [{ when: 'amount >= 1', rules: [{ kind: 'position', position: 'cashier' }] }],
        otherwise: [{ kind: 'group', group: 'board' }],
      },
    ];

    expect(readDraftRules(rules)).toEqual(rules);
  });

  it('given a half-finished rule, when read, then what is there is kept', () => {
    expect(readDraftRules([{ kind: 'role' }, { kind: 'user', userIds: [] }])).toEqual([
      { kind: 'role' },
      { kind: 'user', userIds: [] },
    ]);
  });

  it('given fields of the wrong type, when read, then they are dropped', () => {
    const rules = [{ kind: 'boss', role: 7, userIds: ['li.na', 3, null], level: '2', range: 4 }];

    expect(readDraftRules(rules)).toEqual([{ userIds: ['li.na'] }]);
  });

  it('given a conditional with a broken case, when read, then the case is kept empty', () => {
    expect(readDraftRules([{ kind: 'conditional', cases: [null, { when: 3 }] }])).toEqual([
      {
        kind: 'conditional',
        cases: [
          { when: '', rules: [] },
          { when: '', rules: [] },
        ],
      },
    ]);
  });

  it('given items that are not objects, when read, then each becomes an empty draft', () => {
    expect(readDraftRules([null, 'role', 3])).toEqual([{}, {}, {}]);
  });

  it('given something that is not a list, when read, then there are no rules', () => {
    expect(readDraftRules(undefined)).toEqual([]);
    expect(readDraftRules({ kind: 'role', role: 'finance' })).toEqual([]);
  });
});

describe('startRule and completeRule', () => {
  it('given a kind whose defaults suffice, when picked, then it is a complete rule at once', () => {
    expect(completeRule(startRule('departmentHead'))).toEqual({ kind: 'departmentHead' });
    expect(completeRule(startRule('supervisor'))).toEqual({ kind: 'supervisor', level: 1 });
    expect(completeRule(startRule('supervisorChain'))).toEqual({
      kind: 'supervisorChain',
      end: { kind: 'top' },
    });
    expect(completeRule(startRule('initiatorPicks'))).toEqual({
      kind: 'initiatorPicks',
      multiple: false,
      range: [],
    });
  });

  it('given a kind that needs a choice, when picked, then it waits as a draft', () => {
    for (const kind of ['role', 'user', 'position', 'group', 'formField', 'conditional'] as const)
      expect(completeRule(startRule(kind))).toBeUndefined();
  });

  it('given a conditional with a condition and a rule, when completed, then otherwise defaults', () => {
    const rule = completeRule({
      kind: 'conditional',
      cases: [{ when: 'amount > 1', rules: [{ kind: 'supervisor', level: 1 }] }],
    });

    expect(rule).toEqual({
      kind: 'conditional',
      cases: [{ when: 'amount > 1', rules: [{ kind: 'supervisor', level: 1 }] }],
      otherwise: [],
    });
  });

  it('given a setting another kind owns, when completed, then the rule is refused', () => {
    expect(completeRule({ kind: 'role', role: 'finance', level: 2 })).toBeUndefined();
  });
});

describe('kind lists', () => {
  it('given the kind lists, when shown, then conditional is top-level only and cc has no picks', () => {
    expect(ruleKinds).toHaveLength(11);
    expect(simpleRuleKinds).not.toContain('conditional');
    expect(recipientRuleKinds).not.toContain('initiatorPicks');
    expect(recipientRuleKinds).not.toContain('approverPicks');
    expect(recipientRuleKinds).toContain('conditional');
  });
});

describe('rangeParts and buildRange', () => {
  it('given a range, when split and built again, then users are merged into one entry', () => {
    const range: PickRange = [
      { kind: 'user', userIds: ['u1'] },
      { kind: 'role', role: 'finance' },
      { kind: 'user', userIds: ['u2'] },
      { kind: 'group', group: 'board' },
    ];
    const parts = rangeParts(range);

    expect(parts).toEqual({
      userIds: ['u1', 'u2'],
      roles: ['finance'],
      positions: [],
      groups: ['board'],
    });
    expect(buildRange(parts)).toEqual([
      { kind: 'user', userIds: ['u1', 'u2'] },
      { kind: 'role', role: 'finance' },
      { kind: 'group', group: 'board' },
    ]);
  });

  it('given empty lists, when built, then the range is empty (anyone may be picked)', () => {
    expect(buildRange({ userIds: [], roles: [], positions: [], groups: [] })).toEqual([]);
  });
});
