import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import { approval, Driver, sampleOrgSource, sequence, testContext } from './testing.ts';

const finance = { kind: 'role', role: 'finance' } as const;

describe('approval with a single approver', () => {
  it('waits on the department head, then completes when they approve', () => {
    const driver = new Driver(sequence([approval('manager', [{ kind: 'departmentHead' }])]));

    driver.start();

    expect(driver.current.status).toBe('running');
    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['wang.fang']);
    expect(driver.eventTypes()).toEqual(['instance.started', 'step.entered', 'task.created']);
    expect(driver.last.events[1]?.data).toMatchObject({
      nodeId: 'manager',
      rules: [{ kind: 'departmentHead' }],
      assigneeIds: ['wang.fang'],
      facts: ['chen.jie belongs to 华东销售部', 'wang.fang is head of 华东销售部'],
      factTexts: [
        { 'zh-CN': 'chen.jie 属于华东销售部', en: 'chen.jie belongs to 华东销售部' },
        { 'zh-CN': 'wang.fang 是华东销售部的负责人', en: 'wang.fang is head of 华东销售部' },
      ],
      fallback: false,
    });
    expect(driver.last.effects).toEqual([
      {
        type: 'notify',
        kind: 'task-assigned',
        userIds: ['wang.fang'],
        instanceId: 'inst-1',
        taskId: 'task-1',
      },
    ]);

    driver.approve('wang.fang', 'OK');

    expect(driver.current.status).toBe('completed');
    expect(driver.current.endedAt).toBeDefined();
    expect(driver.current.tokens).toEqual([]);
    expect(driver.eventTypes()).toEqual(['task.approved', 'step.completed', 'instance.completed']);
    expect(driver.last.events[0]?.data).toEqual({
      taskId: 'task-1',
      nodeId: 'manager',
      stepId: 'step-1',
      comment: 'OK',
    });
    expect(driver.last.effects).toEqual([
      { type: 'notify', kind: 'completed', userIds: ['chen.jie'], instanceId: 'inst-1' },
    ]);
    expect(driver.current.trail.map((entry) => [entry.nodeId, entry.edgeId])).toEqual([
      ['start', undefined],
      ['manager', 'start-manager'],
      ['end', 'manager-end'],
    ]);
  });
});

describe('approval with mode any (或签)', () => {
  it('finishes the step on the first approval and cancels the other open tasks', () => {
    const driver = new Driver(sequence([approval('finance', [finance], { mode: 'any' })]));
    driver.start();

    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['li.na', 'he.xin']);

    driver.approve('he.xin');

    expect(driver.current.status).toBe('completed');
    expect(driver.eventTypes()).toEqual([
      'task.approved',
      'task.cancelled',
      'step.completed',
      'instance.completed',
    ]);
    expect(driver.last.events[1]?.data).toMatchObject({
      assigneeId: 'li.na',
      reason: 'decided-by-another',
    });
  });
});

describe('approval with mode all (会签)', () => {
  it('waits until every approver has approved', () => {
    const driver = new Driver(sequence([approval('finance', [finance], { mode: 'all' })]));
    driver.start();

    driver.approve('li.na');

    expect(driver.current.status).toBe('running');
    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['he.xin']);
    expect(driver.eventTypes()).toEqual(['task.approved']);

    driver.approve('he.xin');

    expect(driver.current.status).toBe('completed');
  });

  it('rejects the step on a single rejection', () => {
    const driver = new Driver(sequence([approval('finance', [finance], { mode: 'all' })]));
    driver.start();

    driver.reject('he.xin', { comment: 'missing receipt' });

    expect(driver.current.status).toBe('returned');
    expect(driver.openTasks()).toEqual([]);
    expect(driver.current.steps[0]?.status).toBe('rejected');
  });
});

describe('decisions on tasks', () => {
  it('refuses a decision on a task that was cancelled or already decided', () => {
    const driver = new Driver(sequence([approval('finance', [finance])]));
    driver.start();
    const cancelled = driver.taskOf('li.na');
    driver.approve('he.xin');

    const act = () => driver.run({ type: 'approve', actorId: 'li.na', taskId: cancelled.id });

    expect(act).toThrowError(
      expect.objectContaining({ code: 'task.already-decided', kind: 'conflict' }),
    );
  });

  it('refuses a decision by someone the task is not assigned to', () => {
    const driver = new Driver(sequence([approval('manager', [{ kind: 'departmentHead' }])]));
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;

    const act = () => driver.run({ type: 'approve', actorId: 'chen.jie', taskId });

    expect(act).toThrowError(
      expect.objectContaining({ code: 'task.not-assignee', kind: 'forbidden' }),
    );
  });

  it('refuses an unknown task', () => {
    const driver = new Driver(sequence([approval('manager', [{ kind: 'departmentHead' }])]));
    driver.start();

    const act = () => driver.run({ type: 'approve', actorId: 'wang.fang', taskId: 'task-99' });

    expect(act).toThrowError(expect.objectContaining({ code: 'task.not-found' }));
  });

  it('requires a non-blank comment when the step says so', () => {
    const node = approval('manager', [{ kind: 'departmentHead' }], { commentRequired: true });
    const driver = new Driver(sequence([node]));
    driver.start();

    expect(() => driver.approve('wang.fang', '   ')).toThrowError(
      expect.objectContaining({ code: 'approval.comment-required' }),
    );
    driver.approve('wang.fang', 'fine');

    expect(driver.current.status).toBe('completed');
  });
});

describe('steps that resolve to nobody', () => {
  it('routes the task to the flow admin and records why', () => {
    const driver = new Driver(sequence([approval('legal', [{ kind: 'role', role: 'legal' }])]));

    driver.start();

    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['zhou.yu']);
    expect(driver.last.events[1]?.data).toMatchObject({
      fallback: true,
      reason:
        'nobody resolved (role legal: nobody eligible (nobody has role legal)); routed to the flow admins',
    });
  });

  it('never assigns the initiator to approve their own request', () => {
    const driver = new Driver(sequence([approval('manager', [{ kind: 'departmentHead' }])]));

    driver.start('wang.fang');

    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['zhou.yu']);
    expect(driver.last.events[1]?.data['facts']).toContain(
      'wang.fang started the request and was skipped',
    );
  });
});
