import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import { approval, Driver, sampleOrgSource, sequence, testContext } from './testing.ts';

/** The sample org where `holders` (and nobody else) hold the role `reviewer`. */
function orgWithReviewers(holders: readonly string[]) {
  const source = sampleOrgSource();
  source.users = source.users.map((entry) =>
    holders.includes(entry.id) ? { ...entry, roles: [...entry.roles, 'reviewer'] } : entry,
  );

  return createOrgDirectory(source);
}

/** "2 of 3": a percentage step over the reviewers, then the CEO. */
const twoOfThree = () =>
  sequence([
    approval('review', [{ kind: 'role', role: 'reviewer' }], { mode: 'percentage', percent: 66 }),
    approval('ceo', [{ kind: 'user', userIds: ['zhao.min'] }]),
  ]);

describe('a "2 of 3" step entered again after a return', () => {
  it('counts only the new round and resolves the approvers again against the org as it is then', () => {
    const ctx = testContext(orgWithReviewers(['li.na', 'he.xin', 'sun.hao']));
    const driver = new Driver(twoOfThree(), ctx);
    driver.start();
    driver.approve('li.na');
    driver.reject('he.xin', { comment: 'wrong cost centre' });

    expect(driver.current.status).toBe('returned');

    driver.ctx = { ...ctx, org: orgWithReviewers(['li.na', 'he.xin', 'liu.yang']) };
    driver.resubmit({ amount: '120.00' });

    const [first, second] = driver.current.steps;
    expect(first).toMatchObject({ nodeId: 'review', round: 1, status: 'rejected' });
    expect(second).toMatchObject({ nodeId: 'review', round: 2, status: 'active', needed: 2 });
    expect(driver.event('step.entered')).toMatchObject({
      round: 2,
      assigneeIds: ['liu.yang', 'li.na', 'he.xin'],
    });
    expect(driver.pending().map(([person]) => person)).toEqual(['liu.yang', 'li.na', 'he.xin']);

    driver.approve('li.na');

    expect(driver.current.steps[1]?.status).toBe('active');
    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['liu.yang', 'he.xin']);

    driver.approve('liu.yang');

    expect(driver.current.steps[1]?.status).toBe('approved');
    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['zhao.min']);
  });

  it('keeps the first round in the history as it was decided', () => {
    const ctx = testContext(orgWithReviewers(['li.na', 'he.xin', 'sun.hao']));
    const driver = new Driver(twoOfThree(), ctx);
    driver.start();
    driver.approve('li.na');
    driver.reject('he.xin');
    driver.ctx = { ...ctx, org: orgWithReviewers(['liu.yang']) };

    driver.resubmit();

    const roundOne = driver.current.tasks.filter((task) => task.stepId === 'step-1');
    expect(roundOne.map((task) => [task.assigneeId, task.status])).toEqual([
      ['li.na', 'approved'],
      ['he.xin', 'rejected'],
      ['sun.hao', 'cancelled'],
    ]);
    const entries = driver.events.filter((event) => event.type === 'step.entered');
    expect(entries.map((event) => event.data['assigneeIds'])).toEqual([
      ['li.na', 'he.xin', 'sun.hao'],
      ['liu.yang'],
    ]);
  });
});
