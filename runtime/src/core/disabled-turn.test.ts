import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import {
  approval,
  Driver,
  sampleOrgSource,
  sequence,
  testContext,
  withPolicies,
} from './testing.ts';

const inTurn = approval('s1', [{ kind: 'user', userIds: ['wang.fang', 'li.na', 'zhao.min'] }], {
  mode: 'sequential',
});

/** The sample org with `userIds` disabled, as after an org change. */
function orgWithout(...userIds: string[]) {
  const source = sampleOrgSource();
  source.users = source.users.map((user) =>
    userIds.includes(user.id) ? { ...user, disabled: true } : user,
  );

  return createOrgDirectory(source);
}

describe('a sequential step whose next approver was disabled after submission', () => {
  it('skips their turn, recorded, and opens the next one (M1)', () => {
    const driver = new Driver(sequence([inTurn]));
    driver.start();
    driver.ctx = testContext(orgWithout('li.na'));

    driver.approve('wang.fang');

    expect(driver.pending()).toEqual([['zhao.min', 'open']]);
    expect(driver.current.steps[0]?.needed).toBe(2);
    expect(driver.event('task.cancelled')).toMatchObject({
      assigneeId: 'li.na',
      reason: 'assignee-disabled',
      needed: 2,
      reasonCode: 'fact.turn-disabled',
      reasonText: { en: 'li.na was disabled by the time their turn came and was skipped' },
    });
    expect(driver.eventTypes()).not.toContain('task.created');
  });

  it('completes the step with the approvals it has when nobody is left to take a turn', () => {
    const rule = { field: 'amount', atLeast: '0', approvers: 3 };
    const driver = new Driver(withPolicies(sequence([inTurn]), { minApprovers: [rule] }));
    driver.start();
    driver.ctx = testContext(orgWithout('li.na', 'zhao.min'));

    driver.approve('wang.fang');

    expect(driver.current.status).toBe('completed');
    expect(driver.current.tasks.map((task) => [task.assigneeId, task.status])).toEqual([
      ['wang.fang', 'approved'],
      ['li.na', 'cancelled'],
      ['zhao.min', 'cancelled'],
    ]);
    expect(driver.event('instance.completed')).toMatchObject({
      approvers: 1,
      minApprovers: { needed: 3, found: 1 },
      reasonCode: 'sod.too-few-approvers',
    });
  });

  it('never opens a task for a disabled user, in any mode', () => {
    const all = approval('s1', [{ kind: 'user', userIds: ['wang.fang', 'li.na'] }], {
      mode: 'all',
    });
    const driver = new Driver(sequence([all]), testContext(orgWithout('li.na')));

    driver.start();

    expect(driver.pending()).toEqual([['wang.fang', 'open']]);
  });
});
