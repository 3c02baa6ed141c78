import { describe, expect, it } from 'vitest';
import { resolveApprovers } from '../resolve.ts';
import { disable, richOrg } from '../testing.ts';

const org = richOrg();

describe('position', () => {
  it('chooses every enabled holder of the position in the org order', () => {
    const disabled = richOrg((source) => disable(source, 'li.na'));

    const all = resolveApprovers(
      { kind: 'position', position: 'cashier' },
      { initiatorId: 'chen.jie', org },
    );
    const some = resolveApprovers(
      { kind: 'position', position: 'cashier' },
      { initiatorId: 'chen.jie', org: disabled },
    );

    expect(all.userIds).toEqual(['li.na', 'he.xin']);
    expect(all.facts).toEqual(['li.na holds position Cashier', 'he.xin holds position Cashier']);
    expect(all.reason).toBe('position Cashier');
    expect(some.userIds).toEqual(['he.xin']);
    expect(some.facts).toContain('li.na is disabled and was skipped');
  });

  it('reports nobody when no user holds the position', () => {
    const result = resolveApprovers(
      { kind: 'position', position: 'driver' },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual([]);
    expect(result.reason).toBe('position driver: nobody eligible (nobody holds position driver)');
  });
});

describe('group', () => {
  it('chooses each member once, in the group order, and records members that do not exist', () => {
    const result = resolveApprovers(
      { kind: 'group', group: 'budget-committee' },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual(['sun.hao', 'li.na']);
    expect(result.facts).toEqual([
      'sun.hao is in group Budget committee',
      'li.na is in group Budget committee',
      'user ghost does not exist',
    ]);
  });

  it('reports a group that does not exist', () => {
    const result = resolveApprovers(
      { kind: 'group', group: 'board' },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts).toEqual(['group board does not exist']);
  });

  it('skips the initiator when they are a member', () => {
    const result = resolveApprovers(
      { kind: 'group', group: 'budget-committee' },
      { initiatorId: 'sun.hao', org },
    );

    expect(result.userIds).toEqual(['li.na']);
    expect(result.initiatorSkipped).toBe(true);
  });
});
