import { describe, expect, it } from 'vitest';
import { user } from '../../core/testing.ts';
import { because, explain } from '../explanations.ts';
import { resolveApprovers } from '../resolve.ts';
import { disable, richOrg } from '../testing.ts';

const org = richOrg();
const byLimit = {
  kind: 'supervisorChain',
  end: { kind: 'approvalLimit', field: 'amount' },
} as const;

/** A → B → C → A, plus `self` who is their own supervisor and `x` below the cycle. */
const cyclic = richOrg((source) => {
  source.users.push(
    user('a.a', null, 'b.b'),
    user('b.b', null, 'c.c', ['executive']),
    user('c.c', null, 'a.a'),
    user('self', null, 'self'),
    user('x.x', null, 'a.a'),
  );
});

describe('supervisorChain', () => {
  it('ends at level N with every supervisor in order, direct supervisor first', () => {
    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'level', level: 2 } },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual(['wang.fang', 'zhao.min']);
    expect(result.reason).toBe('supervisors of chen.jie up to level 2');
  });

  it('keeps the supervisors found when the top comes before level N', () => {
    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'level', level: 9 } },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual(['wang.fang', 'zhao.min']);
    expect(result.facts.at(-1)).toBe('zhao.min has no supervisor');
  });

  it('ends at the top', () => {
    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'top' } },
      { initiatorId: 'he.xin', org },
    );

    expect(result.userIds).toEqual(['li.na', 'zhao.min']);
  });

  it('ends at the first holder of a role, inclusive', () => {
    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'role', role: 'executive' } },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual(['wang.fang', 'zhao.min']);
    expect(result.facts.at(-1)).toBe('zhao.min has role executive: the chain ends here');
  });

  it('chooses nobody when no one in the chain holds the role', () => {
    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'role', role: 'legal' } },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts.slice(-2)).toEqual([
      'zhao.min has no supervisor',
      'nobody available in the chain has role legal',
    ]);
  });

  it('skips a disabled supervisor inside the chain but keeps walking', () => {
    const disabled = richOrg((source) => disable(source, 'wang.fang'));

    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'top' } },
      { initiatorId: 'chen.jie', org: disabled },
    );

    expect(result.userIds).toEqual(['zhao.min']);
    expect(result.facts).toContain('wang.fang is disabled and was skipped');
  });
});

describe('supervisorChain up to an approval limit', () => {
  it('stops at the first person whose limit covers the amount, exactly (49999.99)', () => {
    const result = resolveApprovers(byLimit, {
      initiatorId: 'chen.jie',
      org,
      values: { amount: '49999.99' },
    });

    expect(result.userIds).toEqual(['wang.fang']);
    expect(result.facts).toEqual([
      'wang.fang is supervisor of chen.jie',
      "wang.fang's approval limit 49999.99 covers 49999.99: the chain ends here",
    ]);
  });

  it('goes one level higher for 50000 against a limit of 49999.99', () => {
    const result = resolveApprovers(byLimit, {
      initiatorId: 'chen.jie',
      org,
      values: { amount: '50000' },
    });

    expect(result.userIds).toEqual(['wang.fang', 'zhao.min']);
    expect(result.facts).toContain("wang.fang's approval limit 49999.99 is below 50000");
  });

  it('does not let people without a limit cover the amount', () => {
    const result = resolveApprovers(byLimit, {
      initiatorId: 'ops.kai',
      org,
      values: { amount: '1.00' },
    });

    expect(result.userIds).toEqual(['zhou.yu', 'zhao.min']);
    expect(result.facts).toContain('zhou.yu has no approval limit');
  });

  it('chooses nobody when nobody covers the amount', () => {
    const result = resolveApprovers(byLimit, {
      initiatorId: 'chen.jie',
      org,
      values: { amount: '1000000.01' },
    });

    expect(result.userIds).toEqual([]);
    expect(result.facts.at(-1)).toBe(
      'nobody available in the chain has an approval limit covering 1000000.01',
    );
  });

  it('chooses nobody when the amount is empty or not an amount', () => {
    const empty = resolveApprovers(byLimit, { initiatorId: 'chen.jie', org, values: {} });
    const invalid = resolveApprovers(byLimit, {
      initiatorId: 'chen.jie',
      org,
      values: { amount: 12 },
    });

    expect(empty.userIds).toEqual([]);
    expect(empty.facts).toEqual(['form field amount is empty']);
    expect(invalid.facts).toEqual(['form field amount holds 12, which is not an amount']);
  });

  it('does not let a disabled person end the chain', () => {
    const disabled = richOrg((source) => disable(source, 'wang.fang'));

    const result = resolveApprovers(byLimit, {
      initiatorId: 'chen.jie',
      org: disabled,
      values: { amount: '100.00' },
    });

    expect(result.userIds).toEqual(['zhao.min']);
  });
});

describe('supervisor walks with a cycle', () => {
  it('given A → B → C → A, then the chain stops in bounded time naming the cycle', () => {
    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'top' } },
      { initiatorId: 'a.a', org: cyclic },
    );

    expect(result.userIds).toEqual(['b.b', 'c.c']);
    expect(result.facts.at(-1)).toBe(
      'supervisor cycle a.a → b.b → c.c → a.a: the walk stops at c.c',
    );
    expect(explain(result.factDetails.at(-1) ?? because('rules.none'), 'zh-CN')).toBe(
      '上级关系成环：a.a → b.b → c.c → a.a，在 c.c 处停止',
    );
  });

  it('given a cycle above the initiator, then it names only the cycle', () => {
    const result = resolveApprovers(
      { kind: 'supervisor', level: 15 },
      { initiatorId: 'x.x', org: cyclic },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts.at(-1)).toBe(
      'supervisor cycle a.a → b.b → c.c → a.a: the walk stops at c.c',
    );
  });

  it('given a self-supervisor, then the walk stops at once with the reason', () => {
    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'approvalLimit', field: 'amount' } },
      { initiatorId: 'self', org: cyclic, values: { amount: '5' } },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts).toEqual([
      'supervisor cycle self → self: the walk stops at self',
      'nobody available in the chain has an approval limit covering 5',
    ]);
  });

  it('given a cycle without the role, then a role end chooses nobody', () => {
    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'role', role: 'legal' } },
      { initiatorId: 'c.c', org: cyclic },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts).toContain('supervisor cycle c.c → a.a → b.b → c.c: the walk stops at b.b');
  });

  it('given a long chain of a thousand people ending in a cycle, then it still terminates', () => {
    const long = richOrg((source) => {
      for (let index = 0; index < 1000; index++)
        source.users.push(user(`u${index}`, null, `u${(index + 1) % 1000}`));
    });

    const result = resolveApprovers(
      { kind: 'supervisorChain', end: { kind: 'top' } },
      { initiatorId: 'u0', org: long },
    );

    expect(result.userIds).toHaveLength(999);
    expect(result.facts.at(-1)).toMatch(/^supervisor cycle u0 → u1 → .* → u999 → u0/);
  });
});

describe('supervisorChain up to an approval limit, with disabled people', () => {
  it('records a disabled supervisor with a covering limit once and walks past them', () => {
    const disabled = richOrg((source) => disable(source, 'wang.fang'));

    const result = resolveApprovers(byLimit, {
      initiatorId: 'chen.jie',
      org: disabled,
      values: { amount: '10.00' },
    });

    expect(result.userIds).toEqual(['zhao.min']);
    expect(result.facts).toEqual([
      'wang.fang is supervisor of chen.jie',
      'wang.fang is disabled and was skipped',
      'zhao.min is supervisor of wang.fang',
      "zhao.min's approval limit 1000000 covers 10.00: the chain ends here",
    ]);
  });
});
