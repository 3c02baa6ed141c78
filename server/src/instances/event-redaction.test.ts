import { expenseTemplate } from '@baton/templates';
import type { FlowBundle } from '@baton/schemas';
import type { StoredEvent } from '@baton/runtime/storage';
import { describe, expect, it } from 'vitest';
import { eventDataRedactor } from './event-redaction.ts';

/** The expense flow with its manager step staffed from the `reviewer` user field. */
const bundle: FlowBundle = {
  ...expenseTemplate.bundle,
  flow: {
    ...expenseTemplate.bundle.flow,
    nodes: expenseTemplate.bundle.flow.nodes.map((node) =>
      node.id === 'manager'
        ? {
            ...node,
            config: { ...node.config, approvers: [{ kind: 'formField', field: 'reviewer' }] },
          }
        : node,
    ),
  },
};

const event = (type: string, data: Record<string, unknown>): StoredEvent => ({
  seq: 1,
  type,
  at: '2026-03-02T08:00:00.000Z',
  actorId: null,
  data,
});

/** What step.entered records when a form field names the approver (the value shows). */
const entered = event('step.entered', {
  nodeId: 'manager',
  assigneeIds: ['u-wang-fang'],
  facts: ['form field reviewer names 王芳'],
  factDetails: [{ code: 'fact.field-user', params: { field: 'reviewer', userName: '王芳' } }],
  factTexts: [{ 'zh-CN': '表单字段 reviewer 选择了 王芳', en: 'form field reviewer names 王芳' }],
  reason: 'the person in form field reviewer',
  reasonText: { 'zh-CN': '表单字段 reviewer 中的人员', en: 'the person in form field reviewer' },
  skipped: [{ userId: 'u-x', reasonCode: 'fact.disabled', reasonText: { en: '王芳 …' } }],
});

describe('event data for one viewer', () => {
  it('drops the explanations of a step whose rules read a field hidden from the viewer', () => {
    const redact = eventDataRedactor({ bundle, tasks: [] }, { reviewer: 'hidden' });

    const data = redact(entered);

    expect(JSON.stringify(data)).not.toContain('王芳');
    expect(data).toMatchObject({
      nodeId: 'manager',
      assigneeIds: ['u-wang-fang'],
      reasonText: { en: 'not shown: it refers to fields hidden from you' },
      skipped: [{ userId: 'u-x' }],
    });
    expect(data).not.toHaveProperty('factTexts');
  });

  it('keeps the explanations for a viewer who reads the field', () => {
    const redact = eventDataRedactor({ bundle, tasks: [] }, { reviewer: 'read' });

    expect(redact(entered)).toEqual(entered.data);
  });

  it('finds the node of a task event through its task', () => {
    const tasks = [{ id: 't1', nodeId: 'manager' }];
    const redact = eventDataRedactor({ bundle, tasks }, { reviewer: 'hidden' });

    const data = redact(event('task.auto-approved', { taskId: 't1', reason: '王芳 approved' }));

    expect(JSON.stringify(data)).not.toContain('王芳');
  });

  it('never passes submitted values on, and lists only the edited fields the viewer reads', () => {
    const redact = eventDataRedactor({ bundle, tasks: [] }, { amount: 'hidden', note: 'read' });

    const started = redact(event('instance.started', { round: 1, values: { amount: '9.99' } }));
    const edited = redact(event('form.edited', { nodeId: 'finance', fields: ['amount', 'note'] }));

    expect(started).toEqual({ round: 1 });
    expect(edited).toEqual({ nodeId: 'finance', fields: ['note'] });
  });
});
