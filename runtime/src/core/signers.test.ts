import { describe, expect, it } from 'vitest';
import { approval, caught, Driver, sequence } from './testing.ts';
import type { Command } from './types.ts';

const people = (...userIds: string[]) => [{ kind: 'user' as const, userIds }];
const single = (options: Record<string, unknown> = {}) =>
  sequence([approval('review', people('wang.fang'), options), approval('ceo', people('zhao.min'))]);

function add(driver: Driver, position: 'before' | 'after' | 'alongside', userIds: string[]) {
  const taskId = driver.taskOf('wang.fang').id;
  const command: Command = { type: 'addSigner', actorId: 'wang.fang', taskId, userIds, position };

  return driver.run(command);
}

describe('adding signers (加签)', () => {
  it('given signers added before, when they approve, then the actor decides last', () => {
    const driver = new Driver(single());
    driver.start();

    add(driver, 'before', ['sun.hao', 'li.na']);

    expect(driver.pending()).toEqual([
      ['wang.fang', 'waiting'],
      ['sun.hao', 'open'],
      ['li.na', 'open'],
    ]);
    expect(driver.event('task.signer-added')).toMatchObject({
      userIds: ['sun.hao', 'li.na'],
      position: 'before',
    });

    driver.approve('sun.hao');

    expect(driver.taskOf('wang.fang', 'waiting').blockedBy).toHaveLength(1);

    driver.approve('li.na');

    expect(driver.pending()).toEqual([['wang.fang', 'open']]);

    driver.approve('wang.fang');

    expect(driver.pending()).toEqual([['zhao.min', 'open']]);
  });

  it('given a signer added after, then the actor has approved and the step waits for the signer', () => {
    const driver = new Driver(single());
    driver.start();

    add(driver, 'after', ['sun.hao']);

    expect(driver.eventTypes()).toEqual(['task.signer-added', 'task.approved']);
    expect(driver.pending()).toEqual([['sun.hao', 'open']]);

    driver.approve('sun.hao');

    expect(driver.pending()).toEqual([['zhao.min', 'open']]);
  });

  it('given a signer added alongside, then the step needs both approvals', () => {
    const driver = new Driver(single());
    driver.start();
    add(driver, 'alongside', ['sun.hao']);

    driver.approve('wang.fang');

    expect(driver.pending()).toEqual([['sun.hao', 'open']]);

    driver.approve('sun.hao');

    expect(driver.pending()).toEqual([['zhao.min', 'open']]);
  });

  it("given an 'any' step, when a seat approves, then an added signer is still needed", () => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'any' })]),
    );
    driver.start();
    add(driver, 'alongside', ['sun.hao']);

    driver.approve('li.na');

    expect(driver.current.status).toBe('running');
    expect(driver.pending().map(([who]) => who)).toEqual(['wang.fang', 'sun.hao']);

    driver.approve('sun.hao');

    expect(driver.current.status).toBe('completed');
  });

  it('given a countersign (all) step with signers, then it completes after every seat and signer', () => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'all' })]),
    );
    driver.start();
    add(driver, 'before', ['sun.hao']);

    driver.approve('li.na');
    driver.approve('sun.hao');

    expect(driver.current.status).toBe('running');

    driver.approve('wang.fang');

    expect(driver.current.status).toBe('completed');
  });

  it('given an added signer, when they reject, then the step is rejected like a veto', () => {
    const driver = new Driver(
      sequence([
        approval('review', people('wang.fang', 'li.na', 'he.xin', 'sun.hao'), {
          mode: 'percentage',
          percent: 50,
          rejectWhen: 'threshold',
        }),
      ]),
    );
    driver.start();
    add(driver, 'alongside', ['zhao.min']);

    driver.reject('zhao.min');

    expect(driver.current.status).toBe('returned');
    expect(driver.event('task.rejected')).toMatchObject({ veto: true });
  });

  it('given a sequential step, when a signer is added after, then the next turn waits for them', () => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'sequential' })]),
    );
    driver.start();
    add(driver, 'after', ['sun.hao']);

    expect(driver.pending()).toEqual([
      ['sun.hao', 'open'],
      ['li.na', 'waiting'],
    ]);

    driver.approve('sun.hao');

    expect(driver.pending()).toEqual([['li.na', 'open']]);
  });

  it.each([
    [['wang.fang'], 'signer.already-present'],
    [['sun.hao', 'sun.hao'], 'signer.already-present'],
    [['ghost'], 'action.unknown-user'],
    [['chen.jie'], 'action.self-approval'],
  ])('refuses adding %o with %s', (userIds, code) => {
    const driver = new Driver(single());
    driver.start();

    expect(caught(() => add(driver, 'alongside', userIds)).code).toBe(code);
  });

  it('refuses adding someone who already approved the step', () => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'all' })]),
    );
    driver.start();
    driver.approve('li.na');

    expect(caught(() => add(driver, 'alongside', ['li.na'])).code).toBe('signer.already-present');
  });

  it('refuses adding to a step whose task the actor no longer holds', () => {
    const driver = new Driver(single());
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;
    driver.approve('wang.fang');
    const command: Command = {
      type: 'addSigner',
      actorId: 'wang.fang',
      taskId,
      userIds: ['sun.hao'],
      position: 'after',
    };

    expect(caught(() => driver.run(command)).code).toBe('task.already-decided');
  });
});

describe('removing signers (减签)', () => {
  it('given a signer added before, when the actor removes them, then the actor may act again', () => {
    const driver = new Driver(single());
    driver.start();
    add(driver, 'before', ['sun.hao']);
    const taskId = driver.taskOf('sun.hao').id;

    driver.run({ type: 'removeSigner', actorId: 'wang.fang', taskId });

    expect(driver.pending()).toEqual([['wang.fang', 'open']]);
    expect(driver.event('task.signer-removed')).toMatchObject({ taskId, userId: 'sun.hao' });
    expect(driver.last.effects).toContainEqual(
      expect.objectContaining({ kind: 'task-removed', userIds: ['sun.hao'] }),
    );
  });

  it('given a signer who added a signer of their own, when removed, then both go', () => {
    const driver = new Driver(single());
    driver.start();
    add(driver, 'before', ['sun.hao']);
    const taskId = driver.taskOf('sun.hao').id;
    driver.run({
      type: 'addSigner',
      actorId: 'sun.hao',
      taskId,
      userIds: ['li.na'],
      position: 'before',
    });

    driver.run({ type: 'removeSigner', actorId: 'wang.fang', taskId });

    expect(driver.pending()).toEqual([['wang.fang', 'open']]);
    expect(driver.last.events.filter((event) => event.type === 'task.signer-removed')).toHaveLength(
      2,
    );
  });

  it('given a signer added after, when removed, then the step completes', () => {
    const driver = new Driver(single());
    driver.start();
    add(driver, 'after', ['sun.hao']);
    const taskId = driver.taskOf('sun.hao').id;

    driver.run({ type: 'removeSigner', actorId: 'wang.fang', taskId });

    expect(driver.pending()).toEqual([['zhao.min', 'open']]);
  });

  it('refuses removing a seat, a signer who acted, or by someone else unless admin', () => {
    const driver = new Driver(single());
    driver.start();
    add(driver, 'alongside', ['sun.hao', 'li.na']);
    const seat = driver.taskOf('wang.fang').id;
    const signer = driver.taskOf('sun.hao').id;
    const other = driver.taskOf('li.na').id;
    driver.approve('li.na');
    const remove = (actorId: string, taskId: string, asAdmin?: boolean) =>
      caught(() =>
        driver.run({ type: 'removeSigner', actorId, taskId, ...(asAdmin ? { asAdmin } : {}) }),
      ).code;

    expect(remove('wang.fang', seat)).toBe('signer.not-removable');
    expect(remove('wang.fang', other)).toBe('signer.not-removable');
    expect(remove('zhou.yu', signer)).toBe('signer.not-removable');

    driver.run({ type: 'removeSigner', actorId: 'zhou.yu', taskId: signer, asAdmin: true });

    expect(driver.taskOf('sun.hao', 'cancelled').id).toBe(signer);
  });
});
