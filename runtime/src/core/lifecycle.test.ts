import { describe, expect, it } from 'vitest';
import { approval, Driver, sequence } from './testing.ts';
import { InstanceState } from './types.ts';

const twoSteps = () =>
  sequence([
    approval('manager', [{ kind: 'departmentHead' }]),
    approval('finance', [{ kind: 'role', role: 'finance' }], { rejectTo: 'initiator' }),
  ]);

describe('reject to the initiator, then resubmit', () => {
  it('returns the request, cancels every open task and removes every token', () => {
    const driver = new Driver(twoSteps());
    driver.start();
    driver.approve('wang.fang');

    driver.reject('li.na', { comment: 'attach the receipt' });

    expect(driver.current.status).toBe('returned');
    expect(driver.current.tokens).toEqual([]);
    expect(driver.openTasks()).toEqual([]);
    expect(driver.eventTypes()).toEqual([
      'task.rejected',
      'step.completed',
      'task.cancelled',
      'instance.returned',
    ]);
    expect(driver.last.events[0]?.data).toEqual({
      taskId: driver.taskOf('li.na', 'rejected').id,
      nodeId: 'finance',
      stepId: 'step-2',
      target: 'initiator',
      comment: 'attach the receipt',
    });
    expect(driver.last.effects).toEqual([
      { type: 'notify', kind: 'returned', userIds: ['chen.jie'], instanceId: 'inst-1' },
    ]);
  });

  it('starts again from the start node in round 2 with the new values', () => {
    const driver = new Driver(twoSteps());
    driver.start();
    driver.approve('wang.fang');
    driver.reject('li.na');

    driver.run({ type: 'resubmit', actorId: 'chen.jie', values: { amount: '90.00' } });

    expect(driver.current).toMatchObject({
      status: 'running',
      round: 2,
      values: { amount: '90.00' },
    });
    expect(driver.eventTypes().slice(0, 2)).toEqual(['instance.resubmitted', 'step.entered']);
    expect(driver.openTasks().map((task) => [task.nodeId, task.assigneeId])).toEqual([
      ['manager', 'wang.fang'],
    ]);
    expect(driver.current.steps.at(-1)?.round).toBe(2);

    driver.approve('wang.fang');
    driver.approve('li.na');

    expect(driver.current.status).toBe('completed');
  });

  it('lets only the initiator resubmit, and only a returned request', () => {
    const driver = new Driver(twoSteps());
    driver.start();
    const values = { amount: '1.00' };

    expect(() => driver.run({ type: 'resubmit', actorId: 'chen.jie', values })).toThrowError(
      expect.objectContaining({ code: 'instance.not-returned' }),
    );
    driver.reject('wang.fang');
    expect(() => driver.run({ type: 'resubmit', actorId: 'wang.fang', values })).toThrowError(
      expect.objectContaining({ code: 'instance.not-initiator', kind: 'forbidden' }),
    );
  });
});

describe('the trail across rounds', () => {
  it("tags each trail entry with its round, so last round's path can be told apart", () => {
    // Regression: after a resubmission the diagram still drew last round's path as passed,
    // because nothing in the trail said which round an entry belonged to.
    const driver = new Driver(twoSteps());
    driver.start();
    driver.approve('wang.fang');
    driver.reject('li.na');

    driver.run({ type: 'resubmit', actorId: 'chen.jie', values: { amount: '90.00' } });

    expect(driver.current.trail.map((entry) => [entry.round, entry.nodeId])).toEqual([
      [1, 'start'],
      [1, 'manager'],
      [1, 'finance'],
      [2, 'start'],
      [2, 'manager'],
    ]);
  });

  it('still reads a stored state whose trail predates rounds', () => {
    const driver = new Driver(twoSteps());
    driver.start();
    const stored = {
      ...driver.current,
      trail: driver.current.trail.map(({ nodeId, edgeId, at }) =>
        edgeId === undefined ? { nodeId, at } : { nodeId, edgeId, at },
      ),
    };

    const parsed = InstanceState.safeParse(JSON.parse(JSON.stringify(stored)));

    expect(parsed.success).toBe(true);
    expect(parsed.data?.trail[0]).toEqual({ nodeId: 'start', at: stored.trail[0]?.at });
  });
});

describe('reject to the end', () => {
  it('rejects the request for good when the approver picks end', () => {
    const driver = new Driver(twoSteps());
    driver.start();

    driver.reject('wang.fang', { target: 'end', comment: 'not in budget' });

    expect(driver.current.status).toBe('rejected');
    expect(driver.current.endedAt).toBeDefined();
    expect(driver.eventTypes()).toEqual(['task.rejected', 'step.completed', 'instance.rejected']);
    expect(driver.last.effects[0]).toMatchObject({ kind: 'rejected', userIds: ['chen.jie'] });
    expect(() => driver.run({ type: 'resubmit', actorId: 'chen.jie', values: {} })).toThrowError(
      expect.objectContaining({ code: 'instance.not-returned' }),
    );
  });

  it("follows the node's rejectTo when the approver names no target", () => {
    const driver = new Driver(
      sequence([approval('manager', [{ kind: 'departmentHead' }], { rejectTo: 'end' })]),
    );
    driver.start();

    driver.reject('wang.fang');

    expect(driver.current.status).toBe('rejected');
  });
});

describe('withdraw', () => {
  it('withdraws a running request nobody has decided yet and cancels its tasks', () => {
    const driver = new Driver(twoSteps());
    driver.start();

    driver.run({ type: 'withdraw', actorId: 'chen.jie', reason: 'wrong amount' });

    expect(driver.current.status).toBe('withdrawn');
    expect(driver.current.endedAt).toBeDefined();
    expect(driver.openTasks()).toEqual([]);
    expect(driver.current.steps[0]?.status).toBe('cancelled');
    expect(driver.eventTypes()).toEqual(['task.cancelled', 'instance.withdrawn']);
    expect(driver.last.events[1]?.data).toEqual({ reason: 'wrong amount', round: 1 });
  });

  it('refuses once someone has decided a task in the current round', () => {
    const driver = new Driver(twoSteps());
    driver.start();
    driver.approve('wang.fang');

    const act = () => driver.run({ type: 'withdraw', actorId: 'chen.jie' });

    expect(act).toThrowError(expect.objectContaining({ code: 'instance.cannot-withdraw' }));
  });

  it('allows withdrawing a returned request, and only by the initiator', () => {
    const driver = new Driver(twoSteps());
    driver.start();
    driver.reject('wang.fang');

    expect(() => driver.run({ type: 'withdraw', actorId: 'wang.fang' })).toThrowError(
      expect.objectContaining({ code: 'instance.not-initiator' }),
    );
    driver.run({ type: 'withdraw', actorId: 'chen.jie' });

    expect(driver.current.status).toBe('withdrawn');
  });

  it('refuses to withdraw a request that has ended', () => {
    const driver = new Driver(sequence([approval('manager', [{ kind: 'departmentHead' }])]));
    driver.start();
    driver.approve('wang.fang');

    const act = () => driver.run({ type: 'withdraw', actorId: 'chen.jie' });

    expect(act).toThrowError(expect.objectContaining({ code: 'instance.not-running' }));
  });
});

describe('start', () => {
  it('refuses to start a request twice and to act on one never started', () => {
    const driver = new Driver(twoSteps());

    expect(() => driver.run({ type: 'withdraw', actorId: 'chen.jie' })).toThrowError(
      expect.objectContaining({ code: 'instance.not-started' }),
    );
    driver.start();
    expect(() => driver.start()).toThrowError(
      expect.objectContaining({ code: 'instance.already-started' }),
    );
  });

  it('fails on a node kind the runtime does not know', () => {
    const driver = new Driver(sequence([{ id: 'mystery', type: 'teleport' }]));

    expect(() => driver.start()).toThrowError(
      expect.objectContaining({ code: 'flow.unknown-node-kind' }),
    );
  });
});
