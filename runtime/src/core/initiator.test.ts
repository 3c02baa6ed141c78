import { describe, expect, it } from 'vitest';
import { approval, Driver, sequence, withPolicies } from './testing.ts';

/** A step whose rule names the initiator (chen.jie) and li.na. */
const withInitiator = (options: Record<string, unknown>, people = ['chen.jie', 'li.na']) =>
  sequence([approval('check', [{ kind: 'user', userIds: people }], options)]);

describe('initiator: skip (the default)', () => {
  it('leaves the initiator out, says so, and lets the others decide', () => {
    const driver = new Driver(withInitiator({}));

    driver.start();

    expect(driver.pending()).toEqual([['li.na', 'open']]);
    expect(driver.event('step.entered')).toMatchObject({
      initiatorSkipped: true,
      skipped: [
        {
          userId: 'chen.jie',
          reasonCode: 'sod.initiator',
          reasonText: {
            'zh-CN': 'chen.jie 是发起人，不能审批自己的申请',
            en: 'chen.jie started the request and may not approve it',
          },
        },
      ],
      facts: expect.arrayContaining(['chen.jie started the request and was skipped']),
    });
  });
});

describe('initiator: autoApprove', () => {
  it("approves the initiator's part automatically, counting toward the step", () => {
    const driver = new Driver(withInitiator({ initiator: 'autoApprove', mode: 'all' }));

    driver.start();

    expect(driver.current.steps[0]?.needed).toBe(2);
    expect(driver.event('task.auto-approved')).toMatchObject({
      assigneeId: 'chen.jie',
      auto: 'initiator',
      reasonCode: 'auto.initiator',
    });
    expect(driver.current.tasks.map((task) => [task.assigneeId, task.status, task.auto])).toEqual([
      ['chen.jie', 'approved', 'initiator'],
      ['li.na', 'open', undefined],
    ]);

    driver.approve('li.na');

    expect(driver.current.status).toBe('completed');
  });

  it('completes the step at once when the initiator is its only approver, without an admin', () => {
    const driver = new Driver(withInitiator({ initiator: 'autoApprove' }, ['chen.jie']));

    driver.start();

    expect(driver.current.status).toBe('completed');
    expect(driver.eventTypes()).toEqual([
      'instance.started',
      'step.entered',
      'task.auto-approved',
      'step.completed',
      'instance.completed',
    ]);
  });

  it('still lets the initiator withdraw: an automatic approval is not a decision', () => {
    const driver = new Driver(withInitiator({ initiator: 'autoApprove', mode: 'all' }));
    driver.start();

    driver.run({ type: 'withdraw', actorId: 'chen.jie' });

    expect(driver.current.status).toBe('withdrawn');
  });
});

describe('initiator: supervisor', () => {
  it("gives the initiator's place to their direct supervisor", () => {
    const driver = new Driver(withInitiator({ initiator: 'supervisor' }, ['chen.jie']));

    driver.start();

    expect(driver.pending()).toEqual([['wang.fang', 'open']]);
    expect(driver.event('step.entered')?.['facts']).toContain(
      'chen.jie started the request; their supervisor wang.fang approves instead',
    );
  });
});

describe('initiator: act', () => {
  it('is treated as skip unless the flow allows self-approval', () => {
    const driver = new Driver(withInitiator({ initiator: 'act' }));

    driver.start();

    expect(driver.pending()).toEqual([['li.na', 'open']]);
  });

  it('gives the initiator a task of their own when the flow allows self-approval', () => {
    const bundle = withPolicies(withInitiator({ initiator: 'act', mode: 'all' }), {
      allowSelfApproval: true,
    });
    const driver = new Driver(bundle);
    driver.start();

    driver.approve('chen.jie');
    driver.approve('li.na');

    expect(driver.current.status).toBe('completed');
  });
});
