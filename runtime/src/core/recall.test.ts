import { describe, expect, it } from 'vitest';
import { approval, bundleOf, caught, Driver, sequence } from './testing.ts';
import { Command } from './types.ts';

const people = (...userIds: string[]) => [{ kind: 'user' as const, userIds }];

function recall(driver: Driver, actorId: string, status: 'approved' | 'rejected' = 'approved') {
  return driver.run({ type: 'recall', actorId, taskId: driver.taskOf(actorId, status).id });
}

describe('recall (撤回) in a step still active', () => {
  it('given an approval in an all step, when recalled, then the task opens again', () => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'all' })]),
    );
    driver.start();
    driver.approve('wang.fang', 'ok');

    recall(driver, 'wang.fang');

    expect(driver.pending()).toEqual([
      ['wang.fang', 'open'],
      ['li.na', 'open'],
    ]);
    expect(driver.taskOf('wang.fang').comment).toBeUndefined();
    expect(driver.event('task.recalled')).toMatchObject({
      undone: 'approved',
      cancelledStepIds: [],
    });
  });

  it('given a sequential step, when recalled before the next turn acted, then that turn waits again', () => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'sequential' })]),
    );
    driver.start();
    driver.approve('wang.fang');

    recall(driver, 'wang.fang');

    expect(driver.pending()).toEqual([
      ['wang.fang', 'open'],
      ['li.na', 'waiting'],
    ]);
  });

  it('given a threshold rejection that kept the step going, when recalled, then it is undone', () => {
    const four = people('wang.fang', 'li.na', 'he.xin', 'sun.hao');
    const driver = new Driver(
      sequence([
        approval('vote', four, { mode: 'percentage', percent: 50, rejectWhen: 'threshold' }),
      ]),
    );
    driver.start();
    driver.reject('li.na');

    recall(driver, 'li.na', 'rejected');

    expect(driver.taskOf('li.na').status).toBe('open');
    expect(driver.event('task.recalled')).toMatchObject({ undone: 'rejected' });
  });
});

describe('recall of an approval that completed its step', () => {
  const two = () =>
    sequence([
      approval('manager', people('wang.fang', 'liu.yang'), { mode: 'any' }),
      approval('finance', people('li.na')),
    ]);

  it('given the next step has not acted, when recalled, then the step reopens and the next is cancelled', () => {
    const driver = new Driver(two());
    driver.start();
    driver.approve('wang.fang');
    const next = driver.current.steps[1];

    recall(driver, 'wang.fang');

    expect(driver.pending()).toEqual([
      ['wang.fang', 'open'],
      ['liu.yang', 'open'],
    ]);
    expect(driver.current.steps[0]).toMatchObject({ status: 'active' });
    expect(driver.current.steps[0]?.endedAt).toBeUndefined();
    expect(driver.current.steps[1]).toMatchObject({ status: 'cancelled' });
    expect(driver.event('task.recalled')).toMatchObject({ cancelledStepIds: [next?.id] });
    expect(driver.current.tokens.map((token) => token.nodeId)).toEqual(['manager']);

    driver.approve('liu.yang');

    expect(driver.pending()).toEqual([['li.na', 'open']]);
  });

  it('given the next step acted, when recalled, then it is refused as too late', () => {
    const driver = new Driver(
      sequence([
        approval('manager', people('wang.fang')),
        approval('finance', people('li.na')),
        approval('ceo', people('zhao.min')),
      ]),
    );
    driver.start();
    driver.approve('wang.fang');
    driver.approve('li.na');

    const error = caught(() => recall(driver, 'wang.fang'));

    expect(error.code).toBe('recall.too-late');
    expect(error.params).toMatchObject({ why: 'next-acted' });
  });

  const acts: [string, Partial<Command>][] = [
    ['transferred', { type: 'transfer', toUserId: 'he.xin' }],
    ['delegated', { type: 'delegate', toUserId: 'he.xin' }],
    ['added a signer to', { type: 'addSigner', userIds: ['he.xin'], position: 'before' }],
  ];
  it.each(acts)(
    'given the next approver %s their task, when recalled, then it is refused as too late',
    (_acted, action) => {
      const driver = new Driver(
        sequence([approval('manager', people('wang.fang')), approval('finance', people('li.na'))]),
      );
      driver.start();
      driver.approve('wang.fang');
      const taskId = driver.taskOf('li.na').id;
      driver.run(Command.parse({ ...action, actorId: 'li.na', taskId }));

      const error = caught(() => recall(driver, 'wang.fang'));

      expect(error.params).toMatchObject({ why: 'next-acted' });
    },
  );

  it("given others' decisions in the step, when recalled, then they are kept", () => {
    const driver = new Driver(
      sequence([
        approval('review', people('wang.fang', 'li.na'), { mode: 'all' }),
        approval('ceo', people('zhao.min')),
      ]),
    );
    driver.start();
    driver.approve('li.na', 'fine by me');
    driver.approve('wang.fang');

    recall(driver, 'wang.fang');

    expect(driver.taskOf('li.na', 'approved').comment).toBe('fine by me');
    expect(driver.pending()).toEqual([['wang.fang', 'open']]);

    driver.approve('wang.fang');

    expect(driver.pending()).toEqual([['zhao.min', 'open']]);
  });

  it('given a rejection that returned the request, when recalled, then it is too late', () => {
    const driver = new Driver(two());
    driver.start();
    driver.reject('wang.fang');

    expect(caught(() => recall(driver, 'wang.fang', 'rejected')).params).toMatchObject({
      why: 'ended',
    });
  });

  it('given a branch merged by a join since, when recalled, then it is too late', () => {
    const bundle = bundleOf(
      [
        { id: 'start', type: 'start' },
        approval('manager', people('wang.fang')),
        { id: 'split', type: 'parallel' },
        { id: 'cc', type: 'cc', config: { recipients: people('he.xin') } },
        { id: 'join', type: 'join' },
        approval('ceo', people('zhao.min')),
        { id: 'end', type: 'end' },
      ],
      [
        { source: 'start', target: 'manager' },
        { source: 'manager', target: 'split' },
        { source: 'split', target: 'cc' },
        { source: 'split', target: 'join', id: 'direct' },
        { source: 'cc', target: 'join' },
        { source: 'join', target: 'ceo' },
        { source: 'ceo', target: 'end' },
      ],
    );
    const driver = new Driver(bundle);
    driver.start();
    driver.approve('wang.fang');

    expect(caught(() => recall(driver, 'wang.fang')).params).toMatchObject({ why: 'merged' });
  });

  it('given a decision recalled already, when recalled again from a stale page, then it says the task is open again', () => {
    const driver = new Driver(
      sequence([approval('manager', people('wang.fang')), approval('finance', people('li.na'))]),
    );
    driver.start();
    driver.approve('wang.fang');
    const taskId = driver.taskOf('wang.fang', 'approved').id;
    driver.run({ type: 'recall', actorId: 'wang.fang', taskId });

    const error = caught(() => driver.run({ type: 'recall', actorId: 'wang.fang', taskId }));

    expect(error.code).toBe('recall.already-open');
  });

  it("refuses recalling someone else's decision or an undecided task", () => {
    const driver = new Driver(two());
    driver.start();
    const open = driver.taskOf('liu.yang').id;
    driver.approve('wang.fang');
    const approved = driver.taskOf('wang.fang', 'approved').id;

    const byOther = caught(() =>
      driver.run({ type: 'recall', actorId: 'li.na', taskId: approved }),
    );
    const undecided = caught(() =>
      driver.run({ type: 'recall', actorId: 'liu.yang', taskId: open }),
    );

    expect(byOther.code).toBe('recall.not-decided');
    expect(undecided.code).toBe('recall.not-decided');
  });
});
