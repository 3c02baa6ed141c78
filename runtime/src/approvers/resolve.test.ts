import { describe, expect, it } from 'vitest';
import { sampleOrgSource, user, type MutableOrgSource } from '../core/testing.ts';
import { createOrgDirectory } from './org-directory.ts';
import { explain, Explanation } from './explanations.ts';
import { resolveApprovers } from './resolve.ts';
import { because } from './explanations.ts';

function orgWith(change: (source: MutableOrgSource) => void) {
  const source = sampleOrgSource();
  change(source);

  return createOrgDirectory(source);
}

function disable(source: MutableOrgSource, userId: string): void {
  const found = source.users.find((entry) => entry.id === userId);
  if (found) found.disabled = true;
}

const org = createOrgDirectory(sampleOrgSource());

describe('resolveApprovers: user', () => {
  it('chooses the named users and records the ones that do not exist', () => {
    const result = resolveApprovers(
      { kind: 'user', userIds: ['li.na', 'ghost', 'li.na'] },
      { initiatorId: 'chen.jie', org },
    );

    expect(result).toMatchObject({
      userIds: ['li.na'],
      facts: ['user ghost does not exist'],
      reason: 'named approvers',
    });
  });
});

describe('resolveApprovers: role', () => {
  it('chooses every enabled holder of the role', () => {
    const result = resolveApprovers(
      { kind: 'role', role: 'finance' },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual(['li.na', 'he.xin']);
    expect(result.facts).toEqual(['li.na has role finance', 'he.xin has role finance']);
    expect(result.reason).toBe('role finance');
  });

  it('reports nobody when no user holds the role', () => {
    const result = resolveApprovers(
      { kind: 'role', role: 'legal' },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual([]);
    expect(result.reason).toBe('role legal: nobody eligible (nobody has role legal)');
  });

  it('never assigns a disabled approver and records that it was skipped', () => {
    const disabled = orgWith((source) => disable(source, 'li.na'));

    const result = resolveApprovers(
      { kind: 'role', role: 'finance' },
      { initiatorId: 'chen.jie', org: disabled },
    );

    expect(result.userIds).toEqual(['he.xin']);
    expect(result.facts).toContain('li.na is disabled and was skipped');
  });
});

describe('resolveApprovers: departmentHead', () => {
  it("chooses the head of the initiator's department and records the facts walked", () => {
    const result = resolveApprovers({ kind: 'departmentHead' }, { initiatorId: 'chen.jie', org });

    expect(result).toMatchObject({
      userIds: ['wang.fang'],
      facts: ['chen.jie belongs to 华东销售部', 'wang.fang is head of 华东销售部'],
      reason: 'head of 华东销售部',
    });
  });

  it('reports nobody with a clear reason when the department has no head', () => {
    const result = resolveApprovers({ kind: 'departmentHead' }, { initiatorId: 'zhou.yu', org });

    expect(result.userIds).toEqual([]);
    expect(result.reason).toBe('head of 信息技术部: nobody eligible (信息技术部 has no head)');
  });

  it('reports nobody when the initiator has no department', () => {
    const homeless = orgWith((source) => {
      source.users.push(user('wu.lei', null, 'zhao.min'));
    });

    const result = resolveApprovers(
      { kind: 'departmentHead' },
      { initiatorId: 'wu.lei', org: homeless },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts).toEqual(['wu.lei has no department']);
  });

  it('skips the initiator when they head their own department', () => {
    const result = resolveApprovers({ kind: 'departmentHead' }, { initiatorId: 'wang.fang', org });

    expect(result.userIds).toEqual([]);
    expect(result.facts).toContain('wang.fang started the request and was skipped');
  });
});

describe('resolveApprovers: supervisor', () => {
  it('walks the supervisor chain the requested number of levels', () => {
    const result = resolveApprovers(
      { kind: 'supervisor', level: 2 },
      { initiatorId: 'chen.jie', org },
    );

    expect(result).toMatchObject({
      userIds: ['zhao.min'],
      facts: ['wang.fang is supervisor of chen.jie', 'zhao.min is supervisor of wang.fang'],
      reason: 'supervisor level 2 of chen.jie',
    });
  });

  it('reports nobody when the chain ends before the level', () => {
    const result = resolveApprovers(
      { kind: 'supervisor', level: 3 },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts.at(-1)).toBe('zhao.min has no supervisor');
  });

  it('stops on a supervisor cycle in bounded time with a clear reason', () => {
    const cyclic = orgWith((source) => {
      source.users.push(
        user('a.a', null, 'b.b'),
        user('b.b', null, 'c.c'),
        user('c.c', null, 'a.a'),
      );
    });

    const result = resolveApprovers(
      { kind: 'supervisor', level: 15 },
      { initiatorId: 'a.a', org: cyclic },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts).toEqual([
      'b.b is supervisor of a.a',
      'c.c is supervisor of b.b',
      'supervisor cycle a.a → b.b → c.c → a.a: the walk stops at c.c',
    ]);
  });

  it('never assigns a disabled supervisor', () => {
    const disabled = orgWith((source) => disable(source, 'wang.fang'));

    const result = resolveApprovers(
      { kind: 'supervisor', level: 1 },
      { initiatorId: 'chen.jie', org: disabled },
    );

    expect(result.userIds).toEqual([]);
    expect(result.facts).toContain('wang.fang is disabled and was skipped');
  });

  it('reports nobody when the initiator is not in the organization', () => {
    const result = resolveApprovers(
      { kind: 'supervisor', level: 1 },
      { initiatorId: 'ghost', org },
    );

    expect(result).toMatchObject({
      userIds: [],
      facts: ['initiator ghost is not in the organization'],
      reason:
        'supervisor level 1 of ghost: nobody eligible (initiator ghost is not in the organization)',
    });
  });

  it('reports a supervisor id that does not exist', () => {
    const dangling = orgWith((source) => {
      source.users.push(user('lone.wolf', 'hq', 'nobody.here'));
    });

    const result = resolveApprovers(
      { kind: 'supervisor', level: 1 },
      { initiatorId: 'lone.wolf', org: dangling },
    );

    expect(result.facts).toEqual(['supervisor nobody.here of lone.wolf does not exist']);
  });
});

describe('resolveApprovers: translatable reasons', () => {
  it('gives the reason and the facts as codes with params, in both languages', () => {
    const result = resolveApprovers({ kind: 'departmentHead' }, { initiatorId: 'chen.jie', org });

    expect(result.reasonDetail).toEqual({
      code: 'rule.department-head',
      params: { department: '华东销售部' },
    });
    expect(explain(result.reasonDetail, 'zh-CN')).toBe('华东销售部负责人');
    expect(result.factDetails.map((fact) => explain(fact, 'zh-CN'))).toEqual([
      'chen.jie 属于华东销售部',
      'wang.fang 是华东销售部的负责人',
    ]);
    expect(result.factDetails.map((fact) => explain(fact, 'en'))).toEqual(result.facts);
  });

  it('nests the rule and the last fact in the reason when nobody is eligible', () => {
    // A role the org does not name reads as its key in both languages.
    const legal = { role: 'legal', roleZh: 'legal', roleEn: 'legal' };
    const result = resolveApprovers(
      { kind: 'role', role: 'legal' },
      { initiatorId: 'chen.jie', org },
    );

    expect(result.reasonDetail).toEqual({
      code: 'rule.nobody-eligible',
      params: {
        rule: { code: 'rule.role', params: legal },
        fact: { code: 'fact.nobody-has-role', params: legal },
      },
    });
    expect(explain(result.reasonDetail, 'zh-CN')).toBe(
      '角色 legal：没有符合条件的人（没有人拥有角色 legal）',
    );
    expect(Explanation.safeParse(result.reasonDetail).success).toBe(true);
  });
});

describe('resolveApprovers: the initiator among the people found', () => {
  const rule = { kind: 'role', role: 'finance' } as const;

  it('skips the initiator by default, records it and says so', () => {
    const result = resolveApprovers(rule, { initiatorId: 'li.na', org });

    expect(result.userIds).toEqual(['he.xin']);
    expect(result.initiatorSkipped).toBe(true);
    expect(result.facts).toContain('li.na started the request and was skipped');
  });

  it('keeps the initiator when they may act, recording it', () => {
    const result = resolveApprovers(rule, { initiatorId: 'li.na', org, initiator: 'act' });

    expect(result.userIds).toEqual(['li.na', 'he.xin']);
    expect(result.initiatorSkipped).toBe(false);
    expect(result.facts).toContain('li.na started the request and acts on it as configured');
  });

  it("gives the initiator's place to their direct supervisor", () => {
    const result = resolveApprovers(rule, { initiatorId: 'li.na', org, initiator: 'supervisor' });

    expect(result.userIds).toEqual(['zhao.min', 'he.xin']);
    expect(result.initiatorSkipped).toBe(false);
    expect(result.facts).toContain(
      'li.na started the request; their supervisor zhao.min approves instead',
    );
  });

  it('skips the initiator when their supervisor is disabled, missing or themselves', () => {
    const disabled = orgWith((source) => disable(source, 'zhao.min'));
    const self = orgWith((source) => {
      source.users.push(user('me.me', 'hq', 'me.me', ['finance']));
    });

    const off = resolveApprovers(rule, {
      initiatorId: 'li.na',
      org: disabled,
      initiator: 'supervisor',
    });
    const own = resolveApprovers(rule, {
      initiatorId: 'me.me',
      org: self,
      initiator: 'supervisor',
    });

    expect(off.userIds).toEqual(['he.xin']);
    expect(off.initiatorSkipped).toBe(true);
    expect(off.facts).toContain(
      'li.na started the request and has no available direct supervisor; skipped',
    );
    expect(own.userIds).toEqual(['li.na', 'he.xin']);
    expect(own.initiatorSkipped).toBe(true);
  });
});

describe('resolveApprovers: excluded people', () => {
  it('never assigns an excluded person and records the given fact', () => {
    const excluded = new Map([
      [
        'li.na',
        because('sod.already-approved', {
          user: 'li.na',
          userName: 'li.na',
          step: 'Finance review',
        }),
      ],
    ]);

    const result = resolveApprovers(
      { kind: 'role', role: 'finance' },
      { initiatorId: 'chen.jie', org, excluded },
    );

    expect(result.userIds).toEqual(['he.xin']);
    expect(result.facts).toContain(
      'li.na already approved this request (Finance review) and may not approve it again',
    );
  });

  it("does not put an excluded supervisor in the initiator's place", () => {
    const excluded = new Map([
      ['zhao.min', because('sod.initiator', { user: 'zhao.min', userName: 'zhao.min' })],
    ]);

    const result = resolveApprovers(
      { kind: 'user', userIds: ['li.na'] },
      { initiatorId: 'li.na', org, initiator: 'supervisor', excluded },
    );

    expect(result.userIds).toEqual([]);
    expect(result.initiatorSkipped).toBe(true);
  });
});
