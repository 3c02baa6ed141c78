import { describe, expect, it } from 'vitest';
import { approval, bundleOf, Driver } from './testing.ts';

const person = (id: string) => [{ kind: 'user' as const, userIds: [id] }];

/** start → split → (legal: li.na | manager: wang.fang) → join → ceo: zhao.min → end */
const reviewFlow = () =>
  bundleOf(
    [
      { id: 'start', type: 'start' },
      { id: 'split', type: 'parallel' },
      approval('legal', person('li.na')),
      approval('manager', person('wang.fang')),
      { id: 'join', type: 'join' },
      approval('ceo', person('zhao.min')),
      { id: 'end', type: 'end' },
    ],
    [
      { source: 'start', target: 'split' },
      { source: 'split', target: 'legal' },
      { source: 'split', target: 'manager' },
      { source: 'legal', target: 'join' },
      { source: 'manager', target: 'join' },
      { source: 'join', target: 'ceo' },
      { source: 'ceo', target: 'end' },
    ],
  );

describe('parallel split and join', () => {
  it('opens one task per branch, each token recording the split', () => {
    const driver = new Driver(reviewFlow());

    driver.start();

    expect(driver.openTasks().map((task) => task.nodeId)).toEqual(['legal', 'manager']);
    expect(driver.current.tokens.map((token) => token.forks)).toEqual([['split'], ['split']]);
    expect(driver.last.events.find((event) => event.type === 'parallel.split')?.data).toEqual({
      nodeId: 'split',
      edgeIds: ['split-legal', 'split-manager'],
      tokenIds: ['tok-2', 'tok-3'],
    });
  });

  it('waits at the join until every branch has arrived, then continues with one token', () => {
    const driver = new Driver(reviewFlow());
    driver.start();

    driver.approve('wang.fang');

    expect(driver.openTasks().map((task) => task.nodeId)).toEqual(['legal']);
    expect(driver.current.tokens.map((token) => token.nodeId).sort()).toEqual(['join', 'legal']);

    driver.approve('li.na');

    expect(driver.eventTypes()).toContain('parallel.joined');
    expect(driver.current.tokens).toEqual([{ id: 'tok-4', nodeId: 'ceo', forks: [] }]);
    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['zhao.min']);

    driver.approve('zhao.min');

    expect(driver.current.status).toBe('completed');
  });

  it('returns the whole request and cancels the other branch when one branch rejects', () => {
    const driver = new Driver(reviewFlow());
    driver.start();

    driver.reject('li.na', { comment: 'contract clause 7' });

    expect(driver.current.status).toBe('returned');
    expect(driver.current.tokens).toEqual([]);
    expect(driver.taskOf('wang.fang', 'cancelled').nodeId).toBe('manager');
    expect(driver.last.events.find((event) => event.type === 'task.cancelled')?.data).toMatchObject(
      {
        assigneeId: 'wang.fang',
        reason: 'returned',
      },
    );
  });

  it('joins nested splits innermost first', () => {
    const driver = new Driver(
      bundleOf(
        [
          { id: 'start', type: 'start' },
          { id: 'outer', type: 'parallel' },
          { id: 'inner', type: 'parallel' },
          approval('a', person('li.na')),
          approval('b', person('he.xin')),
          { id: 'innerJoin', type: 'join' },
          approval('c', person('wang.fang')),
          { id: 'outerJoin', type: 'join' },
          { id: 'end', type: 'end' },
        ],
        [
          { source: 'start', target: 'outer' },
          { source: 'outer', target: 'inner' },
          { source: 'outer', target: 'c' },
          { source: 'inner', target: 'a' },
          { source: 'inner', target: 'b' },
          { source: 'a', target: 'innerJoin' },
          { source: 'b', target: 'innerJoin' },
          { source: 'innerJoin', target: 'outerJoin' },
          { source: 'c', target: 'outerJoin' },
          { source: 'outerJoin', target: 'end' },
        ],
      ),
    );
    driver.start();

    expect(driver.current.tokens.map((token) => token.forks)).toEqual([
      ['outer'],
      ['outer', 'inner'],
      ['outer', 'inner'],
    ]);

    driver.approve('li.na');
    driver.approve('he.xin');

    expect(driver.current.tokens.find((token) => token.nodeId === 'outerJoin')?.forks).toEqual([
      'outer',
    ]);
    expect(driver.current.status).toBe('running');

    driver.approve('wang.fang');

    expect(driver.current.status).toBe('completed');
  });

  it('just ends a token that reaches an end while another branch is still open', () => {
    const driver = new Driver(
      bundleOf(
        [
          { id: 'start', type: 'start' },
          { id: 'split', type: 'parallel' },
          approval('a', person('li.na')),
          approval('b', person('he.xin')),
          { id: 'end', type: 'end' },
        ],
        [
          { source: 'start', target: 'split' },
          { source: 'split', target: 'a' },
          { source: 'split', target: 'b' },
          { source: 'a', target: 'end' },
          { source: 'b', target: 'end' },
        ],
      ),
    );
    driver.start();

    driver.approve('li.na');

    expect(driver.current.status).toBe('running');
    expect(driver.eventTypes()).not.toContain('instance.completed');

    driver.approve('he.xin');

    expect(driver.current.status).toBe('completed');
  });
});

describe('cc', () => {
  it('notifies the resolved recipients and moves on without waiting', () => {
    const driver = new Driver(
      bundleOf(
        [
          { id: 'start', type: 'start' },
          {
            id: 'copy',
            type: 'cc',
            config: {
              recipients: [
                { kind: 'role', role: 'finance' },
                { kind: 'user', userIds: ['chen.jie'] },
              ],
            },
          },
          approval('manager', [{ kind: 'departmentHead' }]),
          { id: 'end', type: 'end' },
        ],
        [
          { source: 'start', target: 'copy' },
          { source: 'copy', target: 'manager' },
          { source: 'manager', target: 'end' },
        ],
      ),
    );

    driver.start();

    expect(driver.eventTypes()).toEqual([
      'instance.started',
      'cc.sent',
      'step.entered',
      'task.created',
    ]);
    expect(driver.last.events[1]?.data).toMatchObject({
      nodeId: 'copy',
      recipientIds: ['li.na', 'he.xin', 'chen.jie'],
    });
    expect(driver.last.effects[0]).toEqual({
      type: 'notify',
      kind: 'cc',
      userIds: ['li.na', 'he.xin', 'chen.jie'],
      instanceId: 'inst-1',
    });
    expect(driver.current.trail.map((entry) => entry.nodeId)).toEqual(['start', 'copy', 'manager']);
  });
});
