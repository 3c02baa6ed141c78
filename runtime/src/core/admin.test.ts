import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import { nodesInParallelBlocks } from './parallel-blocks.ts';
import {
  approval,
  bundleOf,
  parallelReview,
  caught,
  Driver,
  sampleOrgSource,
  sequence,
  testContext,
} from './testing.ts';

const people = (...userIds: string[]) => [{ kind: 'user' as const, userIds }];
const two = () =>
  sequence([approval('manager', people('wang.fang')), approval('finance', people('li.na'))]);

const parallelFlow = () =>
  parallelReview({
    manager: approval('manager', people('wang.fang')),
    finance: approval('finance', people('li.na')),
    legal: approval('legal', people('sun.hao')),
    ceo: approval('ceo', people('zhao.min')),
  });

describe('terminate', () => {
  it('ends a running request for good, with the reason, telling the initiator', () => {
    const driver = new Driver(two());
    driver.start();

    driver.run({ type: 'terminate', actorId: 'zhou.yu', reason: 'duplicate' });

    expect(driver.current.status).toBe('terminated');
    expect(driver.current.endedAt).toBeDefined();
    expect(driver.pending()).toEqual([]);
    expect(driver.event('instance.terminated')).toEqual({ reason: 'duplicate' });
    expect(driver.last.effects).toContainEqual(
      expect.objectContaining({ kind: 'terminated', userIds: ['chen.jie'] }),
    );
  });

  it('refuses a blank reason and a finished request', () => {
    const driver = new Driver(two());
    driver.start();

    expect(
      caught(() => driver.run({ type: 'terminate', actorId: 'zhou.yu', reason: ' ' })).code,
    ).toBe('action.reason-required');

    driver.run({ type: 'withdraw', actorId: 'chen.jie' });

    expect(
      caught(() => driver.run({ type: 'terminate', actorId: 'zhou.yu', reason: 'x' })).code,
    ).toBe('instance.not-running');
  });
});

describe('reassign', () => {
  it('gives an open task to someone else, recorded with the reason', () => {
    const driver = new Driver(two());
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;

    driver.run({
      type: 'reassign',
      actorId: 'zhou.yu',
      taskId,
      toUserId: 'sun.hao',
      reason: 'left',
    });

    expect(driver.pending()).toEqual([['sun.hao', 'open']]);
    expect(driver.event('task.transferred')).toMatchObject({ kind: 'reassign', reason: 'left' });
  });

  it('keeps a waiting task waiting, recorded as a handover when it is one', () => {
    const driver = new Driver(
      sequence([approval('review', people('wang.fang', 'li.na'), { mode: 'sequential' })]),
    );
    driver.start();
    const taskId = driver.taskOf('li.na', 'waiting').id;

    driver.run({
      type: 'reassign',
      actorId: 'zhou.yu',
      taskId,
      toUserId: 'he.xin',
      reason: 'handover',
      handover: true,
    });

    expect(driver.pending()).toEqual([
      ['wang.fang', 'open'],
      ['he.xin', 'waiting'],
    ]);
    expect(driver.taskOf('he.xin', 'waiting').origin?.kind).toBe('handover');
  });

  it('refuses a decided task', () => {
    const driver = new Driver(two());
    driver.start();
    const taskId = driver.taskOf('wang.fang').id;
    driver.approve('wang.fang');

    const act = () =>
      driver.run({ type: 'reassign', actorId: 'zhou.yu', taskId, toUserId: 'he.xin', reason: 'x' });

    expect(caught(act).code).toBe('task.already-decided');
  });
});

describe('jump', () => {
  it('stops the open steps and moves to the target in a new round', () => {
    const driver = new Driver(two());
    driver.start();

    driver.run({ type: 'jump', actorId: 'zhou.yu', nodeId: 'finance', reason: 'skip manager' });

    expect(driver.pending()).toEqual([['li.na', 'open']]);
    expect(driver.current.round).toBe(2);
    expect(driver.event('instance.jumped')).toEqual({
      nodeId: 'finance',
      reason: 'skip manager',
      fromNodeIds: ['manager'],
    });
  });

  it('to the end completes the request', () => {
    const driver = new Driver(two());
    driver.start();

    driver.run({ type: 'jump', actorId: 'zhou.yu', nodeId: 'end', reason: 'approved offline' });

    expect(driver.current.status).toBe('completed');
  });

  it.each(['finance', 'legal', 'split', 'join', 'start', 'nowhere'])(
    'refuses a jump to %s (inside a parallel block, or not an approval or end)',
    (nodeId) => {
      const driver = new Driver(parallelFlow());
      driver.start();

      const act = () => driver.run({ type: 'jump', actorId: 'zhou.yu', nodeId, reason: 'x' });

      expect(caught(act).code).toBe('jump.invalid-target');
    },
  );

  it('finds the nodes between a split and its join', () => {
    expect([...nodesInParallelBlocks(parallelFlow().flow)].sort()).toEqual(['finance', 'legal']);
  });
});

describe('ad hoc cc', () => {
  it('copies people on behalf of a participant', () => {
    const driver = new Driver(two());
    driver.start();

    driver.run({ type: 'cc', actorId: 'wang.fang', userIds: ['he.xin'], comment: 'fyi' });

    expect(driver.event('cc.sent')).toEqual({
      adHoc: true,
      recipientIds: ['he.xin'],
      comment: 'fyi',
    });
    expect(driver.last.effects).toEqual([
      { type: 'notify', kind: 'cc', userIds: ['he.xin'], instanceId: 'inst-1' },
    ]);
  });

  it('refuses someone outside the request and an unknown recipient', () => {
    const driver = new Driver(two());
    driver.start();

    expect(
      caught(() => driver.run({ type: 'cc', actorId: 'he.xin', userIds: ['li.na'] })).code,
    ).toBe('cc.not-participant');
    expect(
      caught(() => driver.run({ type: 'cc', actorId: 'chen.jie', userIds: ['ghost'] })).code,
    ).toBe('action.unknown-user');
  });
});

describe('ad hoc cc limits', () => {
  it('leaves out people copied before and the actor, and refuses when nobody new is left', () => {
    const driver = new Driver(two());
    driver.start();
    driver.run({ type: 'cc', actorId: 'chen.jie', userIds: ['he.xin'] });

    driver.run({ type: 'cc', actorId: 'wang.fang', userIds: ['he.xin', 'wang.fang', 'sun.hao'] });

    expect(driver.event('cc.sent')).toEqual({ adHoc: true, recipientIds: ['sun.hao'] });
    expect(
      caught(() => driver.run({ type: 'cc', actorId: 'chen.jie', userIds: ['he.xin', 'chen.jie'] }))
        .code,
    ).toBe('cc.nobody-new');
  });

  it('copies a request to at most 200 people ad hoc', () => {
    const source = sampleOrgSource();
    const extra = Array.from({ length: 201 }, (_, index) => ({
      id: `p${index}`,
      username: `p${index}`,
      name: `P${index}`,
      departmentId: 'hq',
      supervisorId: null,
      roles: [],
    }));
    const org = createOrgDirectory({ ...source, users: [...source.users, ...extra] });
    const driver = new Driver(two(), testContext(org));
    driver.start();
    const ids = extra.map((user) => user.id);
    for (let from = 0; from < 200; from += 50)
      driver.run({ type: 'cc', actorId: 'chen.jie', userIds: ids.slice(from, from + 50) });

    const error = caught(() => driver.run({ type: 'cc', actorId: 'chen.jie', userIds: ['p200'] }));

    expect(error.code).toBe('cc.too-many');
    expect(driver.current.copiedIds).toHaveLength(200);
  });
});

describe('urge when nobody holds a task', () => {
  it('refuses, leaving the interval unused', () => {
    const bundle = bundleOf(
      [
        { id: 'start', type: 'start' },
        { id: 'wait', type: 'delay', config: { wait: { kind: 'duration', minutes: 60 } } },
        approval('manager', people('wang.fang')),
        { id: 'end', type: 'end' },
      ],
      [
        { source: 'start', target: 'wait' },
        { source: 'wait', target: 'manager' },
        { source: 'manager', target: 'end' },
      ],
    );
    const driver = new Driver(bundle);
    driver.start();

    expect(caught(() => driver.run({ type: 'urge', actorId: 'chen.jie' })).code).toBe(
      'urge.nobody',
    );
    expect(driver.current.urgedAt).toBeUndefined();
  });
});

describe('urge (催办)', () => {
  it('reminds the open assignees, then refuses again until the interval passed', () => {
    const ctx = testContext();
    let minutes = 0;
    ctx.now = () => new Date(Date.UTC(2026, 0, 5, 9, minutes)).toISOString();
    const driver = new Driver(two(), ctx);
    driver.start();

    driver.run({ type: 'urge', actorId: 'chen.jie' });

    expect(driver.event('instance.urged')).toEqual({ assigneeIds: ['wang.fang'] });
    expect(driver.last.effects).toContainEqual(
      expect.objectContaining({ kind: 'urge', userIds: ['wang.fang'] }),
    );

    minutes = 10;
    const error = caught(() => driver.run({ type: 'urge', actorId: 'chen.jie' }));

    expect(error.code).toBe('urge.too-soon');
    expect(error.params).toMatchObject({ minutes: 20 });

    minutes = 30;
    driver.run({ type: 'urge', actorId: 'chen.jie' });

    expect(driver.current.urgedAt).toBe('2026-01-05T09:30:00.000Z');
  });

  it('refuses anyone but the initiator', () => {
    const driver = new Driver(two());
    driver.start();

    expect(caught(() => driver.run({ type: 'urge', actorId: 'li.na' })).code).toBe(
      'instance.not-initiator',
    );
  });
});
