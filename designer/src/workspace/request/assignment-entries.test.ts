import { describe, expect, it } from 'vitest';
import type { I18nText, Locale } from '@baton/schemas';
import type { InstanceTask, InstanceView, TimelineEntry } from '../../api/types.ts';
import { requestPageI18n } from './request-i18n.fixture.ts';
import { timelineLines } from './timeline-entries.ts';

const i18n = requestPageI18n();

const chen = { id: 'u-chen', name: '陈杰' };
const wang = { id: 'u-wang', name: '王芳' };
const li = { id: 'u-li', name: '李娜' };

function task(id: string, assignee: typeof chen, status = 'open'): InstanceTask {
  return {
    id,
    nodeId: 'finance',
    nodeName: '财务审批',
    assignee,
    status,
    comment: null,
    createdAt: '2026-03-02T01:05:00.000Z',
    decidedAt: null,
    onBehalfOf: null,
    originKind: null,
    blockedBy: [],
  };
}

const request: InstanceView = {
  id: 'inst-1',
  flowKey: 'expense',
  flowVersion: 1,
  status: 'completed',
  title: '费用报销 · 陈杰',
  initiator: chen,
  values: {},
  form: { schemaVersion: 1, fields: [] },
  flow: {
    schemaVersion: 1,
    key: 'expense',
    name: 'Expense',
    nodes: [
      {
        id: 'finance',
        type: 'approval',
        name: { 'zh-CN': '财务审批', en: 'Finance approval' },
        config: {},
      },
    ],
    edges: [],
  },
  layout: { positions: {} },
  trail: [],
  tasks: [
    task('t-li', li, 'approved'),
    task('t-chen', chen, 'approved'),
    task('t-wang', wang, 'cancelled'),
  ],
  timeline: [],
  createdAt: '2026-03-02T01:00:00.000Z',
  updatedAt: '2026-03-02T01:00:00.000Z',
  endedAt: null,
  canResubmit: false,
  canWithdraw: false,
  myOpenTaskId: null,
  editableFields: [],
};

let seq = 0;

function event(
  type: string,
  data: Record<string, unknown>,
  actor: TimelineEntry['actor'] = null,
): TimelineEntry {
  seq += 1;

  return { seq, type, at: '2026-03-02T01:01:00.000Z', actor, nodeName: null, data };
}

function lines(timeline: TimelineEntry[], locale: Locale = 'zh-CN') {
  const t = i18n.getFixedT(locale, 'workspace');
  const text = (label: I18nText) => (typeof label === 'string' ? label : label[locale]);
  const formatList = (items: readonly string[]) => items.join('、');

  return timelineLines({ request: { ...request, timeline }, t, text, formatList }).map(
    ({ text: words, tone, details }) => ({ text: words, tone, details }),
  );
}

const roleReason = { 'zh-CN': '角色 财务', en: 'role Finance' };

describe('who got a task, in the history', () => {
  it('given a task created for a role, when told, then it names the person and why in the UI language', () => {
    const timeline = [
      event('task.created', {
        taskId: 't-li',
        nodeId: 'finance',
        assigneeId: 'u-li',
        reason: 'role Finance',
        reasonText: roleReason,
      }),
    ];

    expect(lines(timeline)).toEqual([
      { text: '财务审批：交给 李娜 审批', tone: 'blue', details: ['原因：角色 财务'] },
    ]);
    expect(lines(timeline, 'en')[0]).toEqual({
      text: 'Finance approval: assigned to 李娜',
      tone: 'blue',
      details: ['Why: role Finance'],
    });
  });

  it('given a step entered, when told, then its reason and facts show, both-language facts first', () => {
    const facts = [{ 'zh-CN': '李娜 拥有角色 财务', en: '李娜 has role Finance' }];
    const entered = event('step.entered', {
      nodeId: 'finance',
      reasonText: roleReason,
      facts: ['陈杰 started the request and was skipped'],
      factTexts: facts,
      notes: [{ code: 'note.x', text: { 'zh-CN': '备注', en: 'a note' } }],
    });

    expect(lines([entered], 'en')).toEqual([
      {
        text: 'Entered “Finance approval”: role Finance',
        tone: 'gray',
        details: ['李娜 has role Finance', 'a note'],
      },
    ]);
  });

  it('given facts recorded in English only, when told, then the English facts still show', () => {
    const entered = event('step.entered', {
      nodeId: 'finance',
      reason: 'role Finance',
      facts: ['陈杰 started the request and was skipped'],
    });

    expect(lines([entered])[0]?.details).toEqual(['陈杰 started the request and was skipped']);
  });

  it('given the initiator auto-approved, when told, then the automatic approval and why show', () => {
    const timeline = [
      event('task.auto-approved', {
        taskId: 't-chen',
        nodeId: 'finance',
        assigneeId: 'u-chen',
        auto: 'initiator',
        reasonText: { 'zh-CN': '陈杰 是发起人，自动通过', en: '陈杰 is the initiator: approved' },
      }),
    ];

    expect(lines(timeline)).toEqual([
      {
        text: '财务审批：陈杰 的审批已自动通过',
        tone: 'green',
        details: ['原因：陈杰 是发起人，自动通过'],
      },
    ]);
  });

  it('given a sequential step, when told, then a later approver waits and then gets their turn', () => {
    const timeline = [
      event('task.created', { taskId: 't-wang', nodeId: 'finance', status: 'waiting' }),
      event('task.opened', { taskId: 't-wang', nodeId: 'finance', assigneeId: 'u-wang' }),
    ];

    expect(lines(timeline, 'en').map((line) => line.text)).toEqual([
      'Finance approval: 王芳 is next in line and acts in turn',
      'Finance approval: 王芳’s turn',
    ]);
  });

  it('given tasks closed, when told, then those closed by others or skipped as disabled get a line', () => {
    const timeline = [
      event('task.cancelled', {
        taskId: 't-wang',
        nodeId: 'finance',
        reason: 'decided-by-another',
      }),
      event('task.cancelled', { taskId: 't-wang', nodeId: 'finance', reason: 'assignee-disabled' }),
      event('task.cancelled', { taskId: 't-wang', nodeId: 'finance', reason: 'withdrawn' }),
    ];

    expect(lines(timeline).map((line) => line.text)).toEqual([
      '财务审批：本步骤已由其他人决定，王芳 的任务已关闭',
      '财务审批：王芳 已停用，轮到时已跳过',
    ]);
  });

  it('given a rejected step, when the other approvers’ tasks close, then each line says the step was rejected', () => {
    const timeline = [
      event('step.completed', { stepId: 's-fin', nodeId: 'finance', outcome: 'rejected' }),
      event('task.cancelled', {
        taskId: 't-wang',
        nodeId: 'finance',
        stepId: 's-fin',
        reason: 'returned',
      }),
      event('task.cancelled', {
        taskId: 't-wang',
        nodeId: 'finance',
        stepId: 's-fin',
        reason: 'rejected',
      }),
    ];

    expect(lines(timeline).map((line) => line.text)).toEqual([
      '财务审批：本步骤已被驳回，王芳 的任务已关闭',
      '财务审批：本步骤已被驳回，王芳 的任务已关闭',
    ]);
    expect(lines(timeline, 'en')[0]?.text).toBe(
      'Finance approval: the step was rejected, so 王芳’s task was closed',
    );
  });

  it('given a rejection at another step in parallel, when a task closes, then its line says the request was rejected elsewhere', () => {
    const timeline = [
      event('step.completed', { stepId: 's-legal', nodeId: 'legal', outcome: 'rejected' }),
      event('task.cancelled', {
        taskId: 't-wang',
        nodeId: 'finance',
        stepId: 's-fin',
        reason: 'returned',
      }),
    ];

    expect(lines(timeline, 'en').map((line) => line.text)).toEqual([
      'Finance approval: the request was rejected at another step, so 王芳’s task was closed',
    ]);
  });

  it('given a return to the initiator, when the tasks close, then the returner’s own task has no line and no line says rejected', () => {
    const timeline = [
      event('task.cancelled', {
        taskId: 't-wang',
        nodeId: 'finance',
        stepId: 's-fin',
        reason: 'returned',
      }),
      event('task.cancelled', {
        taskId: 't-li',
        nodeId: 'finance',
        stepId: 's-fin',
        reason: 'returned',
      }),
      event(
        'instance.returned',
        { taskId: 't-wang', nodeId: 'finance', returned: true, to: 'initiator' },
        wang,
      ),
    ];

    expect(lines(timeline).map((line) => line.text)).toEqual([
      '财务审批：申请已退回发起人修改，李娜 的任务已关闭',
      '王芳 将申请退回发起人修改（财务审批）',
    ]);
    expect(lines(timeline, 'en')[0]?.text).toBe(
      'Finance approval: the request was returned to the initiator for changes, so 李娜’s task was closed',
    );
  });

  it('given a return to an earlier step, when the tasks close, then the others read as sent back there', () => {
    const timeline = [
      event('task.cancelled', { taskId: 't-wang', nodeId: 'finance', reason: 'returned' }),
      event('task.cancelled', { taskId: 't-li', nodeId: 'finance', reason: 'returned' }),
      event('step.returned-to', {
        taskId: 't-li',
        fromNodeId: 'finance',
        toNodeId: 'finance',
        round: 2,
      }),
    ];

    expect(lines(timeline, 'en').map((line) => line.text)[0]).toBe(
      'Finance approval: the request was sent back to “Finance approval”, so 王芳’s task was closed',
    );
    expect(
      lines(timeline)
        .map((line) => line.text)
        .join(' '),
    ).not.toContain('驳回');
  });

  it('given an admin jump, when the tasks close, then each line names where the request went', () => {
    const timeline = [
      event('task.cancelled', { taskId: 't-wang', nodeId: 'finance', reason: 'jumped' }),
      event('instance.jumped', { nodeId: 'finance', reason: 'stuck', fromNodeIds: ['finance'] }),
    ];

    expect(lines(timeline)[0]?.text).toBe(
      '财务审批：管理员已将申请跳转到“财务审批”，王芳 的任务已关闭',
    );
    expect(lines(timeline, 'en')[0]?.text).toBe(
      'Finance approval: an admin moved the request to “Finance approval”, so 王芳’s task was closed',
    );
  });

  it('given a recall, a termination or a removed signer, when tasks close, then each says why without a rejection', () => {
    const timeline = [
      event('task.cancelled', { taskId: 't-wang', nodeId: 'finance', reason: 'recalled' }),
      event('task.recalled', { taskId: 't-chen', nodeId: 'finance', undone: 'approved' }),
      event('task.cancelled', { taskId: 't-li', nodeId: 'finance', reason: 'terminated' }),
      event('instance.terminated', { reason: 'duplicate' }),
      event('task.cancelled', { taskId: 't-wang', nodeId: 'finance', reason: 'signer-removed' }),
    ];

    expect(lines(timeline, 'en').map((line) => line.text)).toEqual([
      'Finance approval: the earlier decision was recalled, so 王芳’s task was closed',
      'System recalled their approval (Finance approval)',
      'Finance approval: an admin terminated the request, so 李娜’s task was closed',
      'System terminated the request',
      'Finance approval: 王芳 was removed as an added signer, so their task was closed',
    ]);
    expect(lines(timeline)[2]?.text).toBe('财务审批：管理员已终止申请，李娜 的任务已关闭');
  });

  it('given a removed signer, when its own event follows, then only that event’s line shows', () => {
    const timeline = [
      event('task.cancelled', { taskId: 't-wang', nodeId: 'finance', reason: 'signer-removed' }),
      event('task.signer-removed', { taskId: 't-wang', userId: 'u-wang', nodeId: 'finance' }),
    ];

    expect(lines(timeline).map((line) => line.text)).toHaveLength(1);
  });

  it('given a step nobody could staff, when decided by its policy, then the outcome and why show', () => {
    const timeline = [
      event('step.auto-rejected', {
        nodeId: 'finance',
        reasonText: { 'zh-CN': '没有人拥有角色 财务', en: 'nobody has role Finance' },
      }),
    ];

    expect(lines(timeline, 'en')).toEqual([
      {
        text: 'Finance approval: rejected automatically',
        tone: 'red',
        details: ['Why: nobody has role Finance'],
      },
    ]);
  });
});
