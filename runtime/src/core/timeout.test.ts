import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import { approval, sampleOrgSource, sequence } from './testing.ts';
import { MONDAY_9AM, TimerWorld } from './timer-testing.ts';

const people = (...userIds: string[]) => [{ kind: 'user' as const, userIds }];
const after = (minutes: number) =>
  new Date(Date.parse(MONDAY_9AM) + minutes * 60_000).toISOString();

/** start → review by `approvers` with a timeout after 120 minutes → end. */
function world(
  timeout: Record<string, unknown>,
  options: { approvers?: string[]; config?: Record<string, unknown> } = {},
) {
  const deadline = { timeout: { afterMinutes: 120, ...timeout } };
  const approvers = people(...(options.approvers ?? ['wang.fang']));
  const review = approval('review', approvers, { deadline, ...options.config });

  return new TimerWorld(sequence([review]));
}

describe('deadline timeout: approve or reject', () => {
  it("approves the open task in the assignee's name when the timeout comes", () => {
    const w = world({ action: 'approve' });
    w.start();

    w.advance(120);

    const decision = w.fired[0]?.decision;
    expect(decision?.events.map((event) => [event.type, event.actorId])).toEqual([
      ['task.timed-out', null],
      ['task.approved', null],
      ['step.completed', null],
      ['instance.completed', null],
    ]);
    expect(decision?.events[0]?.data).toEqual({
      taskId: 'task-1',
      assigneeId: 'wang.fang',
      action: 'approve',
    });
    expect(decision?.events[1]?.data).toMatchObject({ taskId: 'task-1', auto: 'timeout' });
    expect(w.driver.current.tasks[0]).toMatchObject({ status: 'approved', auto: 'timeout' });
    expect(w.driver.current.status).toBe('completed');
  });

  it("rejects the open task and follows the node's reject target", () => {
    const toInitiator = world({ action: 'reject' });
    const toEnd = world({ action: 'reject' }, { config: { rejectTo: 'end' } });
    toInitiator.start();
    toEnd.start();

    toInitiator.advance(120);
    toEnd.advance(120);

    expect(toInitiator.driver.current.status).toBe('returned');
    expect(toEnd.driver.current.status).toBe('rejected');
    expect(toEnd.events('task.rejected')).toEqual([
      expect.objectContaining({ taskId: 'task-1', target: 'end', auto: 'timeout' }),
    ]);
    expect(toEnd.driver.current.tasks[0]).toMatchObject({ status: 'rejected', auto: 'timeout' });
  });

  it('does nothing when the task was decided before its timeout', () => {
    const w = world({ action: 'reject' });
    w.start();
    w.advance(60);
    w.approve('wang.fang');
    const before = w.driver.current;

    w.advance(120);

    expect(w.fired).toHaveLength(1);
    expect(w.fired[0]?.decision).toMatchObject({ events: [], effects: [] });
    expect(w.driver.current.status).toBe('completed');
    expect(w.driver.current.tasks).toEqual(before.tasks);
  });

  it('keeps only the timeout of the latest opening when a delegate answered in between', () => {
    const w = world({ action: 'reject' });
    w.start();
    w.advance(60);
    const delegated = w.run({
      type: 'delegate',
      actorId: 'wang.fang',
      taskId: 'task-1',
      toUserId: 'li.na',
    });
    const adviceTask = delegated.state.tasks.find((task) => task.assigneeId === 'li.na');
    w.run({ type: 'approve', actorId: 'li.na', taskId: adviceTask?.id ?? '' });

    w.advance(60);

    const task = w.driver.current.tasks.find((t) => t.id === 'task-1');
    expect(task).toMatchObject({ status: 'open', openedAt: after(60) });
    expect(w.events('task.timed-out')).toEqual([]);

    w.advance(120);

    expect(w.events('task.timed-out')).toEqual([
      expect.objectContaining({ taskId: 'task-1', action: 'reject' }),
    ]);
  });

  it('does nothing for a request that is no longer running', () => {
    const w = world({ action: 'approve' });
    w.start();
    w.run({ type: 'withdraw', actorId: 'chen.jie' });

    w.advance(120);

    expect(w.fired[0]?.decision).toMatchObject({ events: [], effects: [] });
    expect(w.driver.current.status).toBe('withdrawn');
  });
});

describe('deadline timeout: escalate', () => {
  it("hands the task to the assignee's direct supervisor, as the system", () => {
    const w = world({ action: 'escalate', escalateTo: 'supervisor' });
    w.start();

    w.advance(120);

    expect(w.fired[0]?.decision.events.map((event) => event.type)).toEqual([
      'task.timed-out',
      'task.transferred',
    ]);
    expect(w.events('task.transferred')).toEqual([
      {
        taskId: 'task-1',
        newTaskId: 'task-2',
        nodeId: 'review',
        stepId: 'step-1',
        fromUserId: 'wang.fang',
        toUserId: 'zhao.min',
        kind: 'escalate',
      },
    ]);
    expect(w.driver.pending()).toEqual([['zhao.min', 'open']]);
    expect(w.driver.current.tasks[0]?.status).toBe('cancelled');
    expect(w.driver.current.tasks[1]?.origin).toEqual({
      kind: 'escalate',
      byUserId: null,
      fromTaskId: 'task-1',
    });
  });

  it('tells both people and gives the escalated task its own deadline, counted from then', () => {
    const w = world({ action: 'escalate' });
    w.start();

    w.advance(120);

    expect(w.fired[0]?.decision.effects).toEqual([
      {
        type: 'notify',
        kind: 'task-assigned',
        userIds: ['zhao.min'],
        instanceId: 'inst-1',
        taskId: 'task-2',
      },
      {
        type: 'timer',
        instanceId: 'inst-1',
        dueAt: after(240),
        timer: { kind: 'timeout', taskId: 'task-2', openedAt: '2026-01-05T03:00:00.000Z' },
      },
      {
        type: 'notify',
        kind: 'task-removed',
        userIds: ['wang.fang'],
        instanceId: 'inst-1',
        taskId: 'task-1',
      },
    ]);
  });

  it("does not escalate to the initiator's own request unless self-approval is allowed", () => {
    const w = world({ action: 'escalate', escalateTo: 'user', userId: 'chen.jie' });
    w.start();

    w.advance(120);

    expect(w.events('task.escalation-failed')).toEqual([
      { taskId: 'task-1', assigneeId: 'wang.fang', reason: 'initiator', userId: 'chen.jie' },
    ]);
    expect(w.driver.pending()).toEqual([['wang.fang', 'open']]);
  });

  it('hands the task to the named user', () => {
    const w = world({ action: 'escalate', escalateTo: 'user', userId: 'li.na' });
    w.start();

    w.advance(120);

    expect(w.driver.pending()).toEqual([['li.na', 'open']]);
  });

  it('keeps the task open and records why when there is nobody to escalate to', () => {
    const noSupervisor = world({ action: 'escalate' }, { approvers: ['zhao.min'] });
    noSupervisor.start();

    noSupervisor.advance(120);

    expect(noSupervisor.fired[0]?.decision.events.map((event) => event.data)).toEqual([
      { taskId: 'task-1', assigneeId: 'zhao.min', action: 'escalate' },
      { taskId: 'task-1', assigneeId: 'zhao.min', reason: 'no-supervisor' },
    ]);
    expect(noSupervisor.events('task.escalation-failed')).toHaveLength(1);
    expect(noSupervisor.driver.pending()).toEqual([['zhao.min', 'open']]);
  });

  it('refuses a disabled or unknown named user, and one who already holds a task of the step', () => {
    const source = sampleOrgSource();
    source.users = source.users.map((u) => (u.id === 'li.na' ? { ...u, disabled: true } : u));
    const disabled = new TimerWorld(
      sequence([
        approval('review', people('wang.fang'), {
          deadline: {
            timeout: { afterMinutes: 60, action: 'escalate', escalateTo: 'user', userId: 'li.na' },
          },
        }),
      ]),
      { org: createOrgDirectory(source) },
    );
    const unknown = world({ action: 'escalate', escalateTo: 'user', userId: 'nobody' });
    const present = world(
      { action: 'escalate' },
      { approvers: ['wang.fang', 'zhao.min'], config: { mode: 'all' } },
    );
    for (const w of [disabled, unknown, present]) w.start();

    for (const w of [disabled, unknown, present]) w.advance(120);

    expect(disabled.events('task.escalation-failed')).toEqual([
      { taskId: 'task-1', assigneeId: 'wang.fang', reason: 'disabled', userId: 'li.na' },
    ]);
    expect(unknown.events('task.escalation-failed')).toEqual([
      { taskId: 'task-1', assigneeId: 'wang.fang', reason: 'unknown-user', userId: 'nobody' },
    ]);
    expect(present.events('task.escalation-failed')[0]).toEqual({
      taskId: 'task-1',
      assigneeId: 'wang.fang',
      reason: 'already-present',
      userId: 'zhao.min',
    });
    expect(disabled.driver.pending()).toEqual([['wang.fang', 'open']]);
  });
});
