import { describe, expect, it } from 'vitest';
import { approval, bundleOf, sampleOrg, sequence, withPolicies } from '../core/testing.ts';
import { previewRoute } from './preview.ts';
import { RoutePreview } from './types.ts';

const org = sampleOrg();
const finance = [{ kind: 'role' as const, role: 'finance' }];
const manager = approval(
  'manager',
  [{ kind: 'departmentHead' }],
  {},
  { 'zh-CN': '经理', en: 'Manager' },
);

/** start → copy (cc finance) → manager → [amount >= 5000 → finance → end | default → end] */
const expense = () =>
  bundleOf(
    [
      { id: 'start', type: 'start' },
      { id: 'copy', type: 'cc', config: { recipients: finance } },
      manager,
      { id: 'big', type: 'exclusive' },
      approval('finance', finance, { mode: 'all' }),
      { id: 'end', type: 'end' },
    ],
    [
      { source: 'start', target: 'copy' },
      { source: 'copy', target: 'manager' },
      { source: 'manager', target: 'big' },
      { id: 'large', source: 'big', target: 'finance', condition: 'amount >= 5000', priority: 1 },
      { id: 'small', source: 'big', target: 'end', isDefault: true },
      { source: 'finance', target: 'end' },
    ],
  );

const input = (amount: string, picks?: Record<string, string[]>) => ({
  initiatorId: 'chen.jie',
  values: { amount },
  ...(picks ? { picks } : {}),
});

describe('previewRoute', () => {
  it('shows each step with its people and why, the path and the outcome', () => {
    const preview = previewRoute(expense(), input('12000.00'), { org });

    expect(RoutePreview.parse(preview)).toEqual(preview);
    expect(preview.outcome).toBe('completed');
    expect(preview.steps.map((step) => [step.kind, step.nodeId, step.mode, step.needed])).toEqual([
      ['cc', 'copy', 'any', 0],
      ['approval', 'manager', 'any', 1],
      ['approval', 'finance', 'all', 2],
    ]);
    expect(preview.steps[1]).toMatchObject({
      name: { 'zh-CN': '经理', en: 'Manager' },
      outcome: 'tasks',
      fallback: false,
      assignees: [
        { userId: 'wang.fang', reason: { 'zh-CN': '华东销售部负责人', en: 'head of 华东销售部' } },
      ],
      facts: [
        { 'zh-CN': 'chen.jie 属于华东销售部', en: 'chen.jie belongs to 华东销售部' },
        { 'zh-CN': 'wang.fang 是华东销售部的负责人', en: 'wang.fang is head of 华东销售部' },
      ],
    });
    expect(preview.steps[2]?.assignees.map((assignee) => assignee.userId)).toEqual([
      'li.na',
      'he.xin',
    ]);
    expect(preview.nodeIds).toEqual(['start', 'copy', 'manager', 'big', 'finance', 'end']);
    expect(preview.edgeIds).toEqual([
      'start-copy',
      'copy-manager',
      'manager-big',
      'large',
      'finance-end',
    ]);
  });

  it('follows the branch the values choose', () => {
    const preview = previewRoute(expense(), input('100.00'), { org });

    expect(preview.steps.map((step) => step.nodeId)).toEqual(['copy', 'manager']);
    expect(preview.edgeIds).toContain('small');
  });

  it('gives the same answer every time and changes nothing it is given', () => {
    const bundle = expense();
    const given = input('12000.00');
    const copy = structuredClone(given);

    expect(previewRoute(bundle, given, { org })).toEqual(previewRoute(bundle, given, { org }));
    expect(given).toEqual(copy);
  });

  it('marks policy approvals and automatic steps', () => {
    const bundle = withPolicies(
      sequence([
        manager,
        approval('again', [{ kind: 'user', userIds: ['wang.fang', 'li.na'] }], { mode: 'all' }),
        approval('legal', [{ kind: 'role', role: 'legal' }], { ifNobody: 'autoApprove' }),
      ]),
      { dedupe: 'consecutive' },
    );

    const preview = previewRoute(bundle, input('1.00'), { org });

    expect(preview.outcome).toBe('completed');
    expect(preview.steps[1]?.assignees.map((assignee) => [assignee.userId, assignee.auto])).toEqual(
      [
        ['wang.fang', 'dedupe'],
        ['li.na', undefined],
      ],
    );
    expect(preview.steps[2]).toMatchObject({
      nodeId: 'legal',
      outcome: 'autoApproved',
      assignees: [],
    });
  });

  it('ends rejected when a step rejects itself', () => {
    const bundle = sequence([
      manager,
      approval('legal', [{ kind: 'role', role: 'legal' }], { ifNobody: 'autoReject' }),
    ]);

    const preview = previewRoute(bundle, input('1.00'), { org });

    expect(preview.outcome).toBe('rejected');
    expect(preview.steps.at(-1)?.outcome).toBe('autoRejected');
  });
});

describe('previewRoute with picks', () => {
  const chooser = approval('chosen', [{ kind: 'initiatorPicks', multiple: false, range: finance }]);
  const picked = approval('picked', [{ kind: 'approverPicks', multiple: true, range: finance }]);

  it('takes the first candidate to go on and says the step needs a pick', () => {
    const preview = previewRoute(sequence([manager, chooser, picked]), input('1.00'), { org });

    expect(preview.outcome).toBe('completed');
    expect(preview.steps.slice(1).map((step) => [step.nodeId, step.outcome, step.pick])).toEqual([
      [
        'chosen',
        'needsPick',
        { by: 'initiator', multiple: false, candidateIds: ['li.na', 'he.xin'] },
      ],
      // The stand-in approver of `chosen` (li.na) is no candidate: nobody picks themselves.
      ['picked', 'needsPick', { by: 'approver', multiple: true, candidateIds: ['he.xin'] }],
    ]);
  });

  it('uses the picks given', () => {
    const picks = { chosen: ['he.xin'], picked: ['li.na'] };

    const preview = previewRoute(sequence([manager, chooser, picked]), input('1.00', picks), {
      org,
    });

    expect(preview.steps.slice(1).map((step) => [step.outcome, step.assignees.length])).toEqual([
      ['tasks', 1],
      ['tasks', 1],
    ]);
    expect(preview.steps[1]?.assignees[0]?.userId).toBe('he.xin');
    expect(preview.steps[1]?.pick?.by).toBe('initiator');
  });
});

describe('previewRoute of a submission that would be refused', () => {
  it('gives the refusal in both languages and the steps up to the refused one', () => {
    const legal = approval('legal', [{ kind: 'role', role: 'legal' }], { ifNobody: 'refuse' });
    const bundle = sequence([
      manager,
      legal,
      approval('ceo', [{ kind: 'user', userIds: ['zhao.min'] }]),
    ]);

    const preview = previewRoute(bundle, input('1.00'), { org });

    expect(preview.outcome).toBe('refused');
    expect(preview.refusal).toMatchObject({
      code: 'approval.refused-nobody',
      message: {
        'zh-CN': expect.stringContaining('按流程设置不能提交'),
        en: expect.stringContaining('refuses the submission'),
      },
    });
    expect(preview.steps.map((step) => [step.nodeId, step.outcome])).toEqual([
      ['manager', 'tasks'],
      ['legal', 'refused'],
    ]);
    expect(preview.steps[1]?.reason.en).toBe('role legal: nobody eligible (nobody has role legal)');
  });

  it('lists the whole route when it has too few distinct approvers', () => {
    const rule = { field: 'amount', atLeast: '1000', approvers: 3 };
    const bundle = withPolicies(sequence([manager]), { minApprovers: [rule] });

    const preview = previewRoute(bundle, input('5000.00'), { org });

    expect(preview.outcome).toBe('refused');
    expect(preview.refusal?.code).toBe('approval.too-few-approvers');
    expect(preview.steps.map((step) => step.nodeId)).toEqual(['manager']);
  });
});
