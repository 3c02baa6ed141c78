import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import {
  approval,
  caught,
  Driver,
  sampleOrgSource,
  sequence,
  testContext,
  withPolicies,
} from './testing.ts';

const people = (...userIds: string[]) => [{ kind: 'user' as const, userIds }];
const single = () => sequence([approval('review', people('wang.fang'))]);

describe('transfer (转交)', () => {
  it('given an open task, when its assignee transfers it, then the new assignee holds it', () => {
    const driver = new Driver(single());
    driver.start();
    const old = driver.taskOf('wang.fang');

    driver.run({
      type: 'transfer',
      actorId: 'wang.fang',
      taskId: old.id,
      toUserId: 'sun.hao',
      comment: 'on leave',
    });

    expect(driver.pending()).toEqual([['sun.hao', 'open']]);
    expect(driver.taskOf('sun.hao').origin).toEqual({
      kind: 'transfer',
      byUserId: 'wang.fang',
      fromTaskId: old.id,
    });
    expect(driver.event('task.transferred')).toMatchObject({
      taskId: old.id,
      fromUserId: 'wang.fang',
      toUserId: 'sun.hao',
      kind: 'transfer',
      comment: 'on leave',
    });
    expect(driver.last.effects).toContainEqual(
      expect.objectContaining({ kind: 'task-assigned', userIds: ['sun.hao'] }),
    );
  });

  it('given a transferred task, when the old assignee approves it from a stale page, then it is refused', () => {
    const driver = new Driver(single());
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;
    driver.run({ type: 'transfer', actorId: 'wang.fang', taskId, toUserId: 'sun.hao' });

    const error = caught(() => driver.run({ type: 'approve', actorId: 'wang.fang', taskId }));

    expect(error.code).toBe('task.transferred');
    expect(error.params).toMatchObject({ to: 'sun.hao' });
  });

  it('given a transfer, when the new assignee approves, then the step counts them in the seat', () => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'all' })]),
    );
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;
    driver.run({ type: 'transfer', actorId: 'wang.fang', taskId, toUserId: 'sun.hao' });

    driver.approve('sun.hao');

    expect(driver.current.status).toBe('running');

    driver.approve('li.na');

    expect(driver.current.status).toBe('completed');
  });

  it('given a sequential step, when the current turn is transferred, then the order is kept', () => {
    const flow = sequence([
      approval('review', people('wang.fang', 'li.na', 'he.xin'), { mode: 'sequential' }),
    ]);
    const driver = new Driver(flow);
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;

    driver.run({ type: 'transfer', actorId: 'wang.fang', taskId, toUserId: 'sun.hao' });

    expect(driver.pending()).toEqual([
      ['sun.hao', 'open'],
      ['li.na', 'waiting'],
      ['he.xin', 'waiting'],
    ]);

    driver.approve('sun.hao');

    expect(driver.pending()).toEqual([
      ['li.na', 'open'],
      ['he.xin', 'waiting'],
    ]);
  });

  it.each([
    ['ghost', 'action.unknown-user'],
    ['wang.fang', 'task.same-assignee'],
    ['li.na', 'signer.already-present'],
    ['chen.jie', 'action.self-approval'],
  ])('refuses a transfer to %s with %s', (toUserId, code) => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'all' })]),
    );
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;

    const error = caught(() =>
      driver.run({ type: 'transfer', actorId: 'wang.fang', taskId, toUserId }),
    );

    expect(error.code).toBe(code);
  });

  it('refuses a transfer to a disabled user and one by someone who is not the assignee', () => {
    const source = sampleOrgSource();
    source.users = source.users.map((u) => (u.id === 'he.xin' ? { ...u, disabled: true } : u));
    const driver = new Driver(single(), testContext(createOrgDirectory(source)));
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;

    expect(
      caught(() =>
        driver.run({ type: 'transfer', actorId: 'wang.fang', taskId, toUserId: 'he.xin' }),
      ).code,
    ).toBe('action.unknown-user');
    expect(
      caught(() => driver.run({ type: 'transfer', actorId: 'li.na', taskId, toUserId: 'sun.hao' }))
        .code,
    ).toBe('task.not-assignee');
  });
});

describe('delegate (委派)', () => {
  it('given a delegation, when the delegate approves, then the task comes back to the delegator', () => {
    const driver = new Driver(single());
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;

    driver.run({ type: 'delegate', actorId: 'wang.fang', taskId, toUserId: 'sun.hao' });

    expect(driver.pending()).toEqual([
      ['wang.fang', 'waiting'],
      ['sun.hao', 'open'],
    ]);
    expect(driver.event('task.delegated')).toMatchObject({ taskId, toUserId: 'sun.hao' });

    driver.approve('sun.hao', 'looks fine');

    expect(driver.current.status).toBe('running');
    expect(driver.pending()).toEqual([['wang.fang', 'open']]);
    expect(driver.event('task.approved')).toMatchObject({ advice: true });
    expect(driver.eventTypes()).toEqual(['task.approved', 'task.opened']);

    driver.approve('wang.fang');

    expect(driver.current.status).toBe('completed');
  });

  it('given a delegation, when the delegate rejects, then it is advice only and the step goes on', () => {
    const driver = new Driver(single());
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;
    driver.run({ type: 'delegate', actorId: 'wang.fang', taskId, toUserId: 'sun.hao' });

    driver.reject('sun.hao');

    expect(driver.current.status).toBe('running');
    expect(driver.pending()).toEqual([['wang.fang', 'open']]);
  });

  it('given a pending delegation, when the delegator tries to approve, then they wait for the delegate', () => {
    const driver = new Driver(single());
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;
    driver.run({ type: 'delegate', actorId: 'wang.fang', taskId, toUserId: 'sun.hao' });

    const error = caught(() => driver.run({ type: 'approve', actorId: 'wang.fang', taskId }));

    expect(error.code).toBe('task.waiting-for-others');
    expect(error.params).toMatchObject({ who: 'sun.hao' });
  });

  it('refuses any action but a decision from the delegate', () => {
    const driver = new Driver(single());
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;
    driver.run({ type: 'delegate', actorId: 'wang.fang', taskId, toUserId: 'sun.hao' });
    const advice = driver.taskOf('sun.hao').id;

    const error = caught(() =>
      driver.run({ type: 'transfer', actorId: 'sun.hao', taskId: advice, toUserId: 'he.xin' }),
    );

    expect(error.code).toBe('task.advice-only');
  });
});

describe('decisions on behalf of someone', () => {
  it('carry onBehalfOf in the decision event when the task has it', () => {
    const ctx = testContext();
    ctx.delegations = [
      {
        id: 'd1',
        userId: 'wang.fang',
        delegateId: 'sun.hao',
        startsAt: '2026-01-01T00:00:00.000Z',
        endsAt: '2026-02-01T00:00:00.000Z',
      },
    ];
    const driver = new Driver(single(), ctx);
    driver.start();

    driver.approve('sun.hao');

    expect(driver.event('task.approved')).toMatchObject({ onBehalfOf: 'wang.fang' });
  });
});

describe("a delegate's advice in the separation-of-duties rules", () => {
  it('given li.na only advised on the first step, when the second step is hers, then distinctApprovers keeps her', () => {
    const flow = sequence([
      approval('review', people('wang.fang')),
      approval('finance', people('li.na')),
    ]);
    const driver = new Driver(withPolicies(flow, { distinctApprovers: true }));
    driver.start();
    const review = driver.taskOf('wang.fang');
    driver.run({ type: 'delegate', actorId: 'wang.fang', taskId: review.id, toUserId: 'li.na' });
    driver.run({ type: 'approve', actorId: 'li.na', taskId: driver.taskOf('li.na').id });

    driver.run({ type: 'approve', actorId: 'wang.fang', taskId: review.id });

    expect(driver.pending()).toEqual([['li.na', 'open']]);
  });
});
