import { describe, expect, it } from 'vitest';
import { approval, bundleOf, Driver } from './testing.ts';

/**
 * start → review (li.na) → [check (he.xin) →] branch: big amounts to the CEO, small ones end
 * → end.
 */
function reviewThenBranch(options: { check?: boolean } = {}) {
  const check = approval('check', [{ kind: 'user', userIds: ['he.xin'] }]);
  const beforeBranch = options.check ? 'check' : 'review';

  return bundleOf(
    [
      { id: 'start', type: 'start' },
      approval('review', [{ kind: 'user', userIds: ['li.na'] }]),
      ...(options.check ? [check] : []),
      { id: 'branch', type: 'exclusive' },
      approval('ceo', [{ kind: 'user', userIds: ['zhao.min'] }]),
      { id: 'end', type: 'end' },
    ],
    [
      { source: 'start', target: 'review' },
      ...(options.check ? [{ source: 'review', target: 'check' }] : []),
      { source: beforeBranch, target: 'branch' },
      { source: 'branch', target: 'ceo', condition: 'amount >= 5000', priority: 1 },
      { source: 'branch', target: 'end', condition: 'amount < 5000', priority: 2 },
      { source: 'ceo', target: 'end' },
    ],
  );
}

describe('approving with edits', () => {
  it('stores the edited values before routing on, and records which fields changed', () => {
    const driver = new Driver(reviewThenBranch());
    driver.start('chen.jie', { amount: '100.00' });

    driver.run({
      type: 'approve',
      actorId: 'li.na',
      taskId: driver.taskOf('li.na').id,
      values: { amount: '7000.00' },
    });

    expect(driver.current.values).toEqual({ amount: '7000.00' });
    expect(driver.openTasks().map((task) => task.nodeId)).toEqual(['ceo']);
    expect(driver.eventTypes().slice(0, 2)).toEqual(['form.edited', 'task.approved']);
    expect(driver.event('form.edited')).toEqual({
      taskId: driver.taskOf('li.na', 'approved').id,
      nodeId: 'review',
      fields: ['amount'],
    });
  });

  it('records nothing for values that did not change', () => {
    const driver = new Driver(reviewThenBranch());
    driver.start('chen.jie', { amount: '100.00' });

    driver.run({
      type: 'approve',
      actorId: 'li.na',
      taskId: driver.taskOf('li.na').id,
      values: { amount: '100.00' },
    });

    expect(driver.eventTypes()).not.toContain('form.edited');
    expect(driver.current.status).toBe('completed');
  });

  it('refuses an edit that leaves a later branch with no path, naming the empty field', () => {
    // the branch comes after the next step: the approval itself would not reach it
    const driver = new Driver(reviewThenBranch({ check: true }));
    driver.start('chen.jie', { amount: '100.00' });
    const taskId = driver.taskOf('li.na').id;

    const edit = () => driver.run({ type: 'approve', actorId: 'li.na', taskId, values: {} });

    expect(edit).toThrowError(
      expect.objectContaining({
        code: 'flow.no-branch-matched',
        params: expect.objectContaining({ nodeId: 'branch', fields: 'amount', emptyEn: 'Amount' }),
      }),
    );
    expect(driver.current.values).toEqual({ amount: '100.00' });
  });
});
