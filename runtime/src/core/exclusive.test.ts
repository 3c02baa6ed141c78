import { describe, expect, it } from 'vitest';
import { approval, bundleOf, Driver } from './testing.ts';

/** Expense-like: manager → [amount >= 5000 → finance → end | default → end]. */
const expenseFlow = () =>
  bundleOf(
    [
      { id: 'start', type: 'start' },
      approval('manager', [{ kind: 'departmentHead' }]),
      { id: 'threshold', type: 'exclusive' },
      approval('finance', [{ kind: 'role', role: 'finance' }], { mode: 'any' }),
      { id: 'end', type: 'end' },
    ],
    [
      { source: 'start', target: 'manager' },
      { source: 'manager', target: 'threshold' },
      { id: 'big', source: 'threshold', target: 'finance', condition: 'amount >= 5000' },
      { id: 'small', source: 'threshold', target: 'end', isDefault: true },
      { source: 'finance', target: 'end' },
    ],
  );

describe('exclusive branch on an amount threshold', () => {
  it('sends an amount at or above the threshold to finance', () => {
    const driver = new Driver(expenseFlow());
    driver.start('chen.jie', { amount: '12345.67' });

    driver.approve('wang.fang', '同意');

    expect(driver.eventTypes()).toContain('branch.taken');
    expect(driver.last.events.find((event) => event.type === 'branch.taken')?.data).toEqual({
      nodeId: 'threshold',
      edgeId: 'big',
      condition: 'amount >= 5000',
      isDefault: false,
    });
    expect(driver.openTasks().map((task) => task.nodeId)).toEqual(['finance', 'finance']);

    driver.approve('li.na');

    expect(driver.current.status).toBe('completed');
    expect(driver.current.trail.map((entry) => entry.edgeId ?? entry.nodeId)).toEqual([
      'start',
      'start-manager',
      'manager-threshold',
      'big',
      'finance-end',
    ]);
  });

  it('takes the default edge below the threshold and completes after the manager', () => {
    const driver = new Driver(expenseFlow());
    driver.start('chen.jie', { amount: '800.00' });

    driver.approve('wang.fang');

    expect(driver.current.status).toBe('completed');
    expect(driver.last.events.find((event) => event.type === 'branch.taken')?.data).toMatchObject({
      edgeId: 'small',
      isDefault: true,
    });
  });

  it('treats exactly the threshold as matching', () => {
    const driver = new Driver(expenseFlow());
    driver.start('chen.jie', { amount: '5000.00' });

    driver.approve('wang.fang');

    expect(driver.openTasks()[0]?.nodeId).toBe('finance');
  });

  it('tries conditions in priority order, lower first, whatever their order in the flow', () => {
    const driver = new Driver(
      bundleOf(
        [
          { id: 'start', type: 'start' },
          { id: 'branch', type: 'exclusive' },
          approval('low', [{ kind: 'user', userIds: ['li.na'] }]),
          approval('high', [{ kind: 'user', userIds: ['zhao.min'] }]),
          { id: 'end', type: 'end' },
        ],
        [
          { source: 'start', target: 'branch' },
          { source: 'branch', target: 'low', condition: 'amount > 0', priority: 2 },
          { source: 'branch', target: 'high', condition: 'amount > 1000', priority: 1 },
          { source: 'branch', target: 'end', isDefault: true },
          { source: 'low', target: 'end' },
          { source: 'high', target: 'end' },
        ],
      ),
    );

    driver.start('chen.jie', { amount: '2000.00' });

    expect(driver.openTasks().map((task) => task.nodeId)).toEqual(['high']);
  });

  it('fails with flow.no-branch-matched when nothing matches and there is no default', () => {
    const driver = new Driver(
      bundleOf(
        [
          { id: 'start', type: 'start' },
          { id: 'branch', type: 'exclusive' },
          approval('big', [{ kind: 'user', userIds: ['li.na'] }]),
          { id: 'end', type: 'end' },
        ],
        [
          { source: 'start', target: 'branch' },
          { source: 'branch', target: 'big', condition: 'amount >= 5000' },
          { source: 'branch', target: 'end', condition: 'amount < 100' },
          { source: 'big', target: 'end' },
        ],
      ),
    );

    expect(() => driver.start('chen.jie', { amount: '800.00' })).toThrowError(
      expect.objectContaining({ code: 'flow.no-branch-matched' }),
    );
  });

  it('never lets a missing amount satisfy a condition', () => {
    const driver = new Driver(expenseFlow());
    driver.start('chen.jie', {});

    driver.approve('wang.fang');

    expect(driver.current.status).toBe('completed');
  });
});
