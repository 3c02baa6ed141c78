import { describe, expect, it } from 'vitest';
import { sampleOrgSource, user } from '../core/testing.ts';
import { resolveRecipients, resolveStepAssignees } from './assignees.ts';
import { because, explain } from './explanations.ts';
import { createOrgDirectory } from './org-directory.ts';

const org = createOrgDirectory(sampleOrgSource());

describe('resolveStepAssignees', () => {
  it('merges several rules, each user once, with the reason of the first rule that chose them', () => {
    const result = resolveStepAssignees(
      [
        { kind: 'departmentHead' },
        { kind: 'supervisor', level: 1 },
        { kind: 'role', role: 'finance' },
      ],
      { initiatorId: 'chen.jie', org },
    );

    expect(result.assignees.map(({ userId, reason }) => ({ userId, reason }))).toEqual([
      { userId: 'wang.fang', reason: 'head of 华东销售部' },
      { userId: 'li.na', reason: 'role finance' },
      { userId: 'he.xin', reason: 'role finance' },
    ]);
    expect(result.fallback).toBe(false);
    expect(result.reason).toBe('head of 华东销售部; supervisor level 1 of chen.jie; role finance');
    expect(explain(result.reasonDetail, 'zh-CN')).toBe(
      '华东销售部负责人；chen.jie 的第 1 级上级；角色 finance',
    );
  });

  it('routes the step to the flow admins when the rules choose nobody', () => {
    const result = resolveStepAssignees([{ kind: 'role', role: 'legal' }], {
      initiatorId: 'chen.jie',
      org,
    });

    expect(result.fallback).toBe(true);
    expect(result.assignees.map((assignee) => assignee.userId)).toEqual(['zhou.yu']);
    expect(result.reason).toBe(
      'nobody resolved (role legal: nobody eligible (nobody has role legal)); routed to the flow admins',
    );
  });

  it('gives the step to the flow admin who started the request when no one else can take it', () => {
    // Regression: zhou.yu, the only admin, started a request whose finance step names only
    // him; the fallback skipped him too, and the manager's approval was refused.
    const result = resolveStepAssignees([{ kind: 'user', userIds: ['zhou.yu'] }], {
      initiatorId: 'zhou.yu',
      org,
    });

    expect(result.assignees.map((assignee) => assignee.userId)).toEqual(['zhou.yu']);
    expect(result.fallback).toBe(true);
    expect(result.reason).toBe(
      'no other approver could be found; assigned to the flow admin, who is also the initiator',
    );
    expect(result.reasonDetail).toEqual({ code: 'fallback.initiator-admin', params: {} });
    expect(explain(result.reasonDetail, 'zh-CN')).toBe(
      '找不到其他审批人，已转交流程管理员，该管理员同时是发起人',
    );
    expect(result.facts).toContain('zhou.yu started the request and was skipped');
    expect(result.facts.at(-1)).toBe(
      'zhou.yu is the only available flow admin and takes the step although they started the request',
    );
  });

  it('prefers another admin to the initiator', () => {
    const source = sampleOrgSource();
    source.users.push(user('qian.li', 'it', 'zhao.min', ['admin']));
    const result = resolveStepAssignees([{ kind: 'user', userIds: ['zhou.yu'] }], {
      initiatorId: 'zhou.yu',
      org: createOrgDirectory(source),
    });

    expect(result.assignees.map((assignee) => assignee.userId)).toEqual(['qian.li']);
    expect(result.reasonDetail.code).toBe('fallback.admins');
  });

  it('chooses nobody when there is no eligible admin either', () => {
    const source = sampleOrgSource();
    source.users = source.users.filter((entry) => entry.id !== 'zhou.yu');

    const result = resolveStepAssignees([{ kind: 'role', role: 'legal' }], {
      initiatorId: 'chen.jie',
      org: createOrgDirectory(source),
    });

    expect(result.assignees).toEqual([]);
    expect(result.facts).toContain('nobody has role admin');
  });
});

describe('resolveStepAssignees: options', () => {
  const legal = [{ kind: 'role', role: 'legal' }] as const;
  const ctx = { initiatorId: 'chen.jie', org };

  it('keeps a supervisor chain in order, direct supervisor first, before later rules', () => {
    const result = resolveStepAssignees(
      [
        { kind: 'supervisorChain', end: { kind: 'top' } },
        { kind: 'role', role: 'executive' },
        { kind: 'user', userIds: ['li.na'] },
      ],
      ctx,
    );

    expect(result.assignees.map((assignee) => assignee.userId)).toEqual([
      'wang.fang',
      'zhao.min',
      'li.na',
    ]);
  });

  it('gives the step to the fallback user when nobody resolves', () => {
    const result = resolveStepAssignees(legal, ctx, { ifNobody: 'user', fallbackUserId: 'li.na' });

    expect(result.assignees.map((assignee) => assignee.userId)).toEqual(['li.na']);
    expect(result.fallback).toBe(true);
    expect(result.reason).toBe(
      'nobody resolved (role legal: nobody eligible (nobody has role legal)); routed to li.na',
    );
  });

  it('explains a missing, unset or disabled fallback user, then routes to the admins', () => {
    const source = sampleOrgSource();
    const liNa = source.users.find((entry) => entry.id === 'li.na');
    if (liNa) liNa.disabled = true;
    const disabled = createOrgDirectory(source);

    const missing = resolveStepAssignees(legal, ctx, { ifNobody: 'user', fallbackUserId: 'ghost' });
    const unset = resolveStepAssignees(legal, ctx, { ifNobody: 'user' });
    const off = resolveStepAssignees(
      legal,
      { ...ctx, org: disabled },
      {
        ifNobody: 'user',
        fallbackUserId: 'li.na',
      },
    );

    expect(missing.facts).toContain('user ghost does not exist');
    expect(unset.facts).toContain('no fallback approver is configured');
    expect(off.facts).toContain('li.na is disabled and was skipped');
    for (const result of [missing, unset, off]) {
      expect(result.assignees.map((assignee) => assignee.userId)).toEqual(['zhou.yu']);
      expect(result.reasonDetail.code).toBe('fallback.admins');
    }
  });

  it.each([
    ['autoApprove', 'nobody.auto-approve'],
    ['autoReject', 'nobody.auto-reject'],
    ['refuse', 'nobody.refuse'],
  ] as const)('leaves %s to the caller with the reason', (ifNobody, code) => {
    const result = resolveStepAssignees(legal, ctx, { ifNobody });

    expect(result.assignees).toEqual([]);
    expect(result.fallback).toBe(false);
    expect(result.reasonDetail.code).toBe(code);
  });

  it('does not give the step to the initiator admin when that last resort is off', () => {
    const result = resolveStepAssignees(
      [{ kind: 'user', userIds: ['zhou.yu'] }],
      {
        initiatorId: 'zhou.yu',
        org,
      },
      { allowInitiatorAdmin: false },
    );

    expect(result.assignees).toEqual([]);
    expect(result.initiatorSkipped).toBe(true);
    expect(result.reasonDetail.code).toBe('fallback.admins');
  });

  it('does not give the step to an excluded admin', () => {
    const excluded = new Map([
      ['zhou.yu', because('sod.initiator', { user: 'zhou.yu', userName: 'zhou.yu' })],
    ]);

    const result = resolveStepAssignees(legal, { ...ctx, excluded });

    expect(result.assignees).toEqual([]);
  });

  it('waits for a pick without any fallback, whatever the other rules chose', () => {
    const result = resolveStepAssignees(
      [
        { kind: 'role', role: 'finance' },
        { kind: 'initiatorPicks', multiple: false, range: [{ kind: 'role', role: 'finance' }] },
      ],
      ctx,
    );

    expect(result.assignees).toEqual([]);
    expect(result.fallback).toBe(false);
    expect(result.needsPick).toEqual({
      by: 'initiator',
      multiple: false,
      candidateIds: ['li.na', 'he.xin'],
    });
  });

  it('takes the picked people once picked', () => {
    const result = resolveStepAssignees([{ kind: 'initiatorPicks', multiple: false, range: [] }], {
      ...ctx,
      picked: ['he.xin'],
    });

    expect(result.assignees.map((assignee) => assignee.userId)).toEqual(['he.xin']);
    expect(result.needsPick).toBeUndefined();
  });

  it('reports that the initiator was skipped', () => {
    const result = resolveStepAssignees([{ kind: 'role', role: 'finance' }], {
      initiatorId: 'li.na',
      org,
    });

    expect(result.initiatorSkipped).toBe(true);
    expect(result.assignees.map((assignee) => assignee.userId)).toEqual(['he.xin']);
  });
});

describe('resolveRecipients', () => {
  it('may copy the initiator and accepts nobody without a fallback', () => {
    const result = resolveRecipients(
      [
        { kind: 'user', userIds: ['chen.jie'] },
        { kind: 'role', role: 'legal' },
      ],
      { initiatorId: 'chen.jie', org },
    );

    expect(result.assignees.map((assignee) => assignee.userId)).toEqual(['chen.jie']);
    expect(result.fallback).toBe(false);
  });
});
