import { BatonError, formatMessage } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import { runtimeMessages } from '../messages.ts';
import { decide } from './decide.ts';
import {
  approval,
  bundleOf,
  Driver,
  sampleOrgSource,
  sequence,
  testContext,
  withPolicies,
} from './testing.ts';

const financeName = { 'zh-CN': '财务审批', en: 'Finance approval' };

/** The expense shape: a manager step, then a finance step that names one user. */
const expenseWithNamedFinance = (financeUserId: string) =>
  sequence([
    approval('manager', [{ kind: 'departmentHead' }]),
    approval('finance', [{ kind: 'user', userIds: [financeUserId] }], {}, financeName),
  ]);

/** The sample org with a head for IT, so zhou.yu (IT, the only admin) has a manager. */
function orgWithItHead(change: (source: ReturnType<typeof sampleOrgSource>) => void = () => {}) {
  const source = sampleOrgSource();
  source.departments = source.departments.map((department) =>
    department.id === 'it' ? { ...department, headId: 'zhao.min' } : department,
  );
  change(source);

  return createOrgDirectory(source);
}

const withoutAdmins = (source: ReturnType<typeof sampleOrgSource>) => {
  source.users = source.users.filter((entry) => entry.id !== 'zhou.yu');
};

function caught(act: () => unknown): BatonError {
  try {
    act();
  } catch (error) {
    if (error instanceof BatonError) return error;
    throw error;
  }
  throw new Error('expected a BatonError');
}

describe('a step after the current one that only the initiating admin can take', () => {
  it("accepts the manager's approval and gives the finance step to the admin who started it", () => {
    // Regression: finance names only zhou.yu, the only admin, and he started the claim. The
    // fallback skipped him as well, so the manager's approval was refused (approval.no-approver).
    // Since #3 this last resort needs the flow to allow self-approval.
    const bundle = withPolicies(expenseWithNamedFinance('zhou.yu'), { allowSelfApproval: true });
    const driver = new Driver(bundle, testContext(orgWithItHead()));
    driver.start('zhou.yu');

    driver.approve('zhao.min');

    expect(driver.openTasks().map((task) => [task.nodeId, task.assigneeId])).toEqual([
      ['finance', 'zhou.yu'],
    ]);
    const entered = driver.last.events.find((event) => event.type === 'step.entered');
    expect(entered?.data).toMatchObject({
      nodeId: 'finance',
      assigneeIds: ['zhou.yu'],
      fallback: true,
      reason:
        'no other approver could be found; assigned to the flow admin, who is also the initiator',
      reasonCode: 'fallback.initiator-admin',
      reasonParams: {},
      reasonText: {
        'zh-CN': '找不到其他审批人，已转交流程管理员，该管理员同时是发起人',
        en: 'no other approver could be found; assigned to the flow admin, who is also the initiator',
      },
    });
    const created = driver.last.events.find((event) => event.type === 'task.created');
    expect(created?.data['reasonCode']).toBe('fallback.initiator-admin');

    driver.approve('zhou.yu');

    expect(driver.current.status).toBe('completed');
  });

  it('refuses the submission up front when the flow does not allow self-approval', () => {
    const driver = new Driver(expenseWithNamedFinance('zhou.yu'), testContext(orgWithItHead()));

    const error = caught(() => driver.start('zhou.yu'));

    expect(error.code).toBe('approval.no-approver');
    expect(error.params).toMatchObject({ nodeId: 'finance', stepEn: 'Finance approval' });
    expect(driver.state).toBeNull();
  });
});

describe('a step on the path that nobody at all can take', () => {
  it('refuses the start, naming the step in both languages, when there is no flow admin', () => {
    const ctx = testContext(orgWithItHead(withoutAdmins));
    const driver = new Driver(expenseWithNamedFinance('chen.jie'), ctx);

    const error = caught(() => driver.start('chen.jie'));

    expect(error.code).toBe('approval.no-approver');
    expect(error.params).toMatchObject({ nodeId: 'finance', stepZh: '财务审批' });
    const entry = runtimeMessages['approval.no-approver'];
    expect(formatMessage(entry['zh-CN'], error.params)).toMatchInlineSnapshot(
      `"审批步骤“财务审批”找不到审批人，也没有可用的流程管理员接手：未找到审批人（指定审批人：没有符合条件的人（chen.jie 是发起人，已跳过）），已转交流程管理员"`,
    );
    expect(error.message).toMatchInlineSnapshot(
      `"Approval step "Finance approval" has no approver and no flow admin to take it over: nobody resolved (named approvers: nobody eligible (chen.jie started the request and was skipped)); routed to the flow admins"`,
    );
    expect(driver.state).toBeNull();
  });

  it('starts when the values lead around the step that nobody can take', () => {
    const bundle = bundleOf(
      [
        { id: 'start', type: 'start' },
        approval('manager', [{ kind: 'departmentHead' }]),
        { id: 'big', type: 'exclusive' },
        approval('legal', [{ kind: 'role', role: 'legal' }]),
        { id: 'end', type: 'end' },
      ],
      [
        { source: 'start', target: 'manager' },
        { source: 'manager', target: 'big' },
        { source: 'big', target: 'legal', condition: 'amount >= 5000', priority: 1 },
        { source: 'big', target: 'end', isDefault: true },
        { source: 'legal', target: 'end' },
      ],
    );
    const driver = new Driver(bundle, testContext(orgWithItHead(withoutAdmins)));

    driver.start('chen.jie', { amount: '100.00' });
    driver.approve('wang.fang');

    expect(driver.current.status).toBe('completed');
    expect(() => new Driver(bundle, driver.ctx).start('chen.jie', { amount: '5000.00' })).toThrow(
      expect.objectContaining({ code: 'approval.no-approver' }),
    );
  });

  it('refuses the resubmission whose new values lead to a step nobody can take', () => {
    const bundle = bundleOf(
      [
        { id: 'start', type: 'start' },
        { id: 'big', type: 'exclusive' },
        approval('manager', [{ kind: 'departmentHead' }]),
        approval('legal', [{ kind: 'role', role: 'legal' }]),
        { id: 'end', type: 'end' },
      ],
      [
        { source: 'start', target: 'big' },
        { source: 'big', target: 'legal', condition: 'amount >= 5000', priority: 1 },
        { source: 'big', target: 'manager', isDefault: true },
        { source: 'manager', target: 'end' },
        { source: 'legal', target: 'end' },
      ],
    );
    const driver = new Driver(bundle, testContext(orgWithItHead(withoutAdmins)));
    driver.start('chen.jie', { amount: '100.00' });
    driver.reject('wang.fang');

    const act = () =>
      driver.run({ type: 'resubmit', actorId: 'chen.jie', values: { amount: '9000.00' } });

    expect(act).toThrow(expect.objectContaining({ code: 'approval.no-approver' }));
    expect(driver.current.status).toBe('returned');
  });

  it('still names the step when the last admin left after the request started', () => {
    const bundle = expenseWithNamedFinance('chen.jie');
    const driver = new Driver(bundle, testContext(orgWithItHead()));
    driver.start('chen.jie');
    const taskId = driver.taskOf('wang.fang').id;
    const later = { ...driver.ctx, org: orgWithItHead(withoutAdmins) };

    const error = caught(() =>
      decide(bundle, driver.current, { type: 'approve', actorId: 'wang.fang', taskId }, later),
    );

    expect(error.code).toBe('approval.no-approver');
    expect(error.params).toMatchObject({ stepZh: '财务审批', stepEn: 'Finance approval' });
  });
});
