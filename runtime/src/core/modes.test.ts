import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import {
  approval,
  bundleOf,
  Driver,
  sampleOrgSource,
  sequence,
  testContext,
  user,
} from './testing.ts';

const three = [{ kind: 'user' as const, userIds: ['sun.hao', 'li.na', 'he.xin'] }];
const review = (options: Record<string, unknown>) => sequence([approval('review', three, options)]);

describe('needed approvals stored on the step at entry', () => {
  it.each([
    ['any', {}, 1],
    ['all', {}, 3],
    ['sequential', {}, 3],
    ['percentage', { percent: 66 }, 2],
    ['percentage', { percent: 67 }, 3],
  ])('stores %s %o as needing %i', (mode, extra, needed) => {
    const driver = new Driver(review({ mode, ...extra }));

    driver.start();

    expect(driver.current.steps[0]).toMatchObject({ mode, needed });
    expect(driver.event('step.entered')).toMatchObject({ mode, needed });
  });
});

describe('sequential approval (依次审批)', () => {
  it('opens the first task and keeps the others waiting, in resolved order, out of any inbox', () => {
    const driver = new Driver(review({ mode: 'sequential' }));

    driver.start();

    expect(driver.pending()).toEqual([
      ['sun.hao', 'open'],
      ['li.na', 'waiting'],
      ['he.xin', 'waiting'],
    ]);
    expect(
      driver.last.effects.flatMap((effect) => ('userIds' in effect ? effect.userIds : [])),
    ).toEqual(['sun.hao']);
    expect(
      driver.last.events.filter((event) => event.type === 'task.created')[1]?.data,
    ).toMatchObject({ assigneeId: 'li.na', status: 'waiting' });
  });

  it("opens the next approver's task on each approval and completes after the last", () => {
    const driver = new Driver(review({ mode: 'sequential' }));
    driver.start();

    driver.approve('sun.hao');

    expect(driver.eventTypes()).toEqual(['task.approved', 'task.opened']);
    expect(driver.last.events[1]?.data).toMatchObject({ assigneeId: 'li.na', nodeId: 'review' });
    expect(driver.last.effects).toEqual([
      {
        type: 'notify',
        kind: 'task-assigned',
        userIds: ['li.na'],
        instanceId: 'inst-1',
        taskId: driver.taskOf('li.na').id,
      },
    ]);
    expect(driver.pending()).toEqual([
      ['li.na', 'open'],
      ['he.xin', 'waiting'],
    ]);

    driver.approve('li.na');
    driver.approve('he.xin');

    expect(driver.current.status).toBe('completed');
  });

  it('refuses a decision from an approver whose turn has not come', () => {
    const driver = new Driver(review({ mode: 'sequential' }));
    driver.start();
    const taskId = driver.taskOf('he.xin', 'waiting').id;

    const act = () => driver.run({ type: 'approve', actorId: 'he.xin', taskId });

    expect(act).toThrowError(expect.objectContaining({ code: 'task.not-your-turn' }));
  });

  it('cancels the waiting tasks too when the step is rejected', () => {
    const driver = new Driver(review({ mode: 'sequential' }));
    driver.start();
    driver.approve('sun.hao');

    driver.reject('li.na');

    expect(driver.current.status).toBe('returned');
    expect(driver.taskOf('he.xin', 'cancelled')).toBeDefined();
    expect(driver.event('task.cancelled')).toMatchObject({
      assigneeId: 'he.xin',
      reason: 'returned',
    });
  });
});

describe('percentage approval', () => {
  it('completes once the share is reached and cancels the rest as decided by another', () => {
    const driver = new Driver(review({ mode: 'percentage', percent: 66 }));
    driver.start();

    driver.approve('li.na');

    expect(driver.current.status).toBe('running');

    driver.approve('sun.hao');

    expect(driver.current.status).toBe('completed');
    expect(driver.event('task.cancelled')).toMatchObject({
      assigneeId: 'he.xin',
      reason: 'decided-by-another',
    });
    const act = () =>
      driver.run({
        type: 'approve',
        actorId: 'he.xin',
        taskId: driver.taskOf('he.xin', 'cancelled').id,
      });
    expect(act).toThrowError(expect.objectContaining({ code: 'task.already-decided' }));
  });
});

describe('percentage approval over 19 approvers', () => {
  /** The sample org with a panel of 19 people. */
  function panelOrg() {
    const source = sampleOrgSource();
    for (let index = 1; index <= 19; index++)
      source.users.push(user(`panel.${index}`, 'hq', 'zhao.min', ['panel']));

    return createOrgDirectory(source);
  }

  it.each([
    [50, 10],
    [60, 12],
    [100, 19],
  ])('at %i %% completes on approval %i and not before', (percent, needed) => {
    const panel = approval('panel', [{ kind: 'role', role: 'panel' }], {
      mode: 'percentage',
      percent,
    });
    const driver = new Driver(sequence([panel]), testContext(panelOrg()));
    driver.start();

    expect(driver.current.steps[0]?.needed).toBe(needed);
    for (let index = 1; index < needed; index++) driver.approve(`panel.${index}`);

    expect(driver.current.status).toBe('running');

    driver.approve(`panel.${needed}`);

    expect(driver.current.status).toBe('completed');
  });
});

/** start → split → (countersign: all of three | manager) → join → ceo → end */
const parallelCountersign = () =>
  bundleOf(
    [
      { id: 'start', type: 'start' },
      { id: 'split', type: 'parallel' },
      approval('countersign', three, { mode: 'all' }),
      approval('manager', [{ kind: 'departmentHead' }]),
      { id: 'join', type: 'join' },
      approval('ceo', [{ kind: 'user', userIds: ['zhao.min'] }]),
      { id: 'end', type: 'end' },
    ],
    [
      { source: 'start', target: 'split' },
      { source: 'split', target: 'countersign' },
      { source: 'split', target: 'manager' },
      { source: 'countersign', target: 'join' },
      { source: 'manager', target: 'join' },
      { source: 'join', target: 'ceo' },
      { source: 'ceo', target: 'end' },
    ],
  );

describe('a parallel countersign where one of three approvers rejects', () => {
  it.each([
    ['initiator', 'returned'],
    ['end', 'rejected'],
  ] as const)('stops the whole request at once (reject to %s)', (target, status) => {
    const driver = new Driver(parallelCountersign());
    driver.start();
    driver.approve('sun.hao');

    driver.reject('li.na', { target });

    expect(driver.current.status).toBe(status);
    expect(driver.current.tokens).toEqual([]);
    expect(driver.pending()).toEqual([]);
    expect(driver.taskOf('he.xin', 'cancelled').nodeId).toBe('countersign');
    expect(driver.taskOf('wang.fang', 'cancelled').nodeId).toBe('manager');
    expect(driver.eventTypes()).toEqual([
      'task.rejected',
      'step.completed',
      'task.cancelled',
      'task.cancelled',
      status === 'returned' ? 'instance.returned' : 'instance.rejected',
    ]);
    expect(driver.events.some((event) => event.type === 'parallel.joined')).toBe(false);
    expect(driver.current.trail.map((entry) => entry.nodeId)).not.toContain('join');
    expect(driver.current.steps.map((step) => [step.nodeId, step.status])).toEqual([
      ['countersign', 'rejected'],
      ['manager', 'cancelled'],
    ]);
  });

  it('joins and goes on when all three approve and the manager too', () => {
    const driver = new Driver(parallelCountersign());
    driver.start();

    for (const person of ['sun.hao', 'li.na', 'wang.fang', 'he.xin']) driver.approve(person);

    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['zhao.min']);
  });
});
