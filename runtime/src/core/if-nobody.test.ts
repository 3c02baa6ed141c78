import { BatonError, formatMessage } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import { runtimeMessages } from '../messages.ts';
import { approval, Driver, sampleOrgSource, sequence, testContext } from './testing.ts';

const manager = approval('manager', [{ kind: 'departmentHead' }]);
const legalName = { 'zh-CN': '法务审批', en: 'Legal review' };
const legal = (options: Record<string, unknown>) =>
  approval('legal', [{ kind: 'role', role: 'legal' }], options, legalName);

function caught(act: () => unknown): BatonError {
  try {
    act();
  } catch (error) {
    if (error instanceof BatonError) return error;
    throw error;
  }
  throw new Error('expected a BatonError');
}

/** The sample org where `holders` hold the role `legal`. */
function orgWithLegal(holders: readonly string[]) {
  const source = sampleOrgSource();
  source.users = source.users.map((entry) =>
    holders.includes(entry.id) ? { ...entry, roles: [...entry.roles, 'legal'] } : entry,
  );

  return createOrgDirectory(source);
}

describe('ifNobody: autoApprove', () => {
  it('approves the step at once with a recorded note and moves on', () => {
    const driver = new Driver(sequence([legal({ ifNobody: 'autoApprove' }), manager]));

    driver.start();

    expect(driver.eventTypes()).toEqual([
      'instance.started',
      'step.entered',
      'step.auto-approved',
      'step.completed',
      'step.entered',
      'task.created',
    ]);
    expect(driver.last.events[2]?.data).toMatchObject({
      nodeId: 'legal',
      reasonCode: 'nobody.auto-approve',
      reasonText: { en: expect.stringContaining('approved automatically') },
    });
    expect(driver.current.steps[0]).toMatchObject({ status: 'approved', needed: 0 });
    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['wang.fang']);
  });

  it('completes a request whose only step nobody resolves', () => {
    const driver = new Driver(sequence([legal({ ifNobody: 'autoApprove' })]));

    driver.start();

    expect(driver.current.status).toBe('completed');
  });
});

describe('ifNobody: autoReject', () => {
  it.each([
    ['initiator', 'returned'],
    ['end', 'rejected'],
  ] as const)(
    'rejects the step with a recorded note, then follows rejectTo %s',
    (rejectTo, status) => {
      const driver = new Driver(sequence([manager, legal({ ifNobody: 'autoReject', rejectTo })]));
      driver.start();

      driver.approve('wang.fang');

      expect(driver.current.status).toBe(status);
      expect(driver.event('step.auto-rejected')).toMatchObject({
        nodeId: 'legal',
        reasonCode: 'nobody.auto-reject',
        target: rejectTo,
      });
      expect(driver.current.steps.map((step) => step.status)).toEqual(['approved', 'rejected']);
      expect(driver.current.tokens).toEqual([]);
    },
  );
});

describe('ifNobody: user', () => {
  it('gives the step to the named fallback user and says why', () => {
    const driver = new Driver(sequence([legal({ ifNobody: 'user', fallbackUserId: 'sun.hao' })]));

    driver.start();

    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['sun.hao']);
    expect(driver.event('step.entered')).toMatchObject({
      fallback: true,
      reasonCode: 'fallback.user',
    });
  });
});

describe('ifNobody: refuse', () => {
  it('refuses the submission up front, naming the step and the reason in both languages', () => {
    const driver = new Driver(sequence([manager, legal({ ifNobody: 'refuse' })]));

    const error = caught(() => driver.start());

    expect(error.code).toBe('approval.refused-nobody');
    expect(error.params).toMatchObject({
      nodeId: 'legal',
      stepZh: '法务审批',
      stepEn: 'Legal review',
    });
    expect(
      formatMessage(
        runtimeMessages[error.code as 'approval.refused-nobody']['zh-CN'],
        error.params,
      ),
    ).toMatchInlineSnapshot(
      `"审批步骤“法务审批”找不到审批人，按流程设置不能提交：角色 legal：没有符合条件的人（没有人拥有角色 legal）"`,
    );
    expect(error.message).toMatchInlineSnapshot(
      `"Approval step "Legal review" has no approver and the flow refuses the submission: role legal: nobody eligible (nobody has role legal)"`,
    );
    expect(driver.state).toBeNull();
  });

  it('goes to the flow admins, with the fact recorded, when the org changed after submission', () => {
    const ctx = testContext(orgWithLegal(['li.na']));
    const driver = new Driver(sequence([manager, legal({ ifNobody: 'refuse' })]), ctx);
    driver.start();
    driver.ctx = { ...ctx, org: orgWithLegal([]) };

    driver.approve('wang.fang');

    expect(driver.openTasks().map((task) => task.assigneeId)).toEqual(['zhou.yu']);
    const entered = driver.event('step.entered');
    expect(entered).toMatchObject({
      nodeId: 'legal',
      fallback: true,
      notes: [{ code: 'note.refuse-after-submission' }],
    });
    expect(entered?.['facts']).toContain(
      'this step refuses submission when nobody resolves; the org changed after submission, so it went to the flow admins',
    );
  });
});
