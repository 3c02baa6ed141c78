import { describe, expect, it } from 'vitest';
import { sampleOrgSource } from '../core/testing.ts';
import { resolveRecipients, resolveStepAssignees } from './assignees.ts';
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

    expect(result.assignees).toEqual([
      { userId: 'wang.fang', reason: 'head of 华东销售部' },
      { userId: 'li.na', reason: 'role finance' },
      { userId: 'he.xin', reason: 'role finance' },
    ]);
    expect(result.fallback).toBe(false);
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
