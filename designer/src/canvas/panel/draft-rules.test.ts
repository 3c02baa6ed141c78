import { describe, expect, it } from 'vitest';
import { readDraftRules, ruleKinds, startRule } from './draft-rules.ts';

describe('readDraftRules', () => {
  it('given complete rules, when read, then they come back as they are', () => {
    const rules = [
      { kind: 'role', role: 'finance' },
      { kind: 'user', userIds: ['li.na'] },
      { kind: 'supervisor', level: 2 },
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
    const rules = [{ kind: 'boss', role: 7, userIds: ['li.na', 3, null], level: '2' }];

    expect(readDraftRules(rules)).toEqual([{ userIds: ['li.na'] }]);
  });

  it('given items that are not objects, when read, then each becomes an empty draft', () => {
    expect(readDraftRules([null, 'role', 3])).toEqual([{}, {}, {}]);
  });

  it('given something that is not a list, when read, then there are no rules', () => {
    expect(readDraftRules(undefined)).toEqual([]);
    expect(readDraftRules({ kind: 'role', role: 'finance' })).toEqual([]);
  });
});

describe('startRule', () => {
  it('given a kind that needs no choice, when picked, then it is a complete rule at once', () => {
    expect(startRule('departmentHead')).toEqual({ kind: 'departmentHead' });
    expect(startRule('supervisor')).toEqual({ kind: 'supervisor', level: 1 });
  });

  it('given a kind that needs a role or users, when picked, then it waits as a draft', () => {
    expect(startRule('role')).toBeUndefined();
    expect(startRule('user')).toBeUndefined();
  });

  it('given the list of kinds, when shown, then it has the four approver rule kinds', () => {
    expect(ruleKinds).toEqual(['user', 'role', 'departmentHead', 'supervisor']);
  });
});
