import { describe, expect, it } from 'vitest';
import { returnTargets } from './return-targets.ts';
import {
  approval,
  bundleOf,
  parallelReview,
  caught,
  Driver,
  sequence,
  withPolicies,
} from './testing.ts';
import type { Command } from './types.ts';

const people = (...userIds: string[]) => [{ kind: 'user' as const, userIds }];
const three = (options: Record<string, unknown> = {}) =>
  sequence([
    approval('manager', people('wang.fang')),
    approval('finance', people('li.na')),
    approval('ceo', people('zhao.min'), options),
  ]);

function back(
  driver: Driver,
  actorId: string,
  to: 'initiator' | 'previous' | 'node',
  nodeId?: string,
) {
  const command: Command = {
    type: 'return',
    actorId,
    taskId: driver.taskOf(actorId).id,
    to,
    ...(nodeId ? { nodeId } : {}),
  };

  return driver.run(command);
}

function atCeo(options: Record<string, unknown> = {}): Driver {
  const driver = new Driver(three(options));
  driver.start();
  driver.approve('wang.fang');
  driver.approve('li.na');

  return driver;
}

describe('return targets', () => {
  it('lists the initiator, the previous step and every earlier step, in trail order', () => {
    const driver = atCeo();

    const targets = returnTargets(driver.bundle, driver.current, driver.taskOf('zhao.min').id);

    expect(targets).toEqual({
      initiator: true,
      previous: 'finance',
      earlier: ['manager', 'finance'],
    });
  });

  it("follows the node's returnTo", () => {
    const driver = atCeo({ returnTo: ['previous'] });

    const targets = returnTargets(driver.bundle, driver.current, driver.taskOf('zhao.min').id);

    expect(targets).toEqual({ initiator: false, previous: 'finance', earlier: [] });
  });

  it('leaves out steps inside parallel branches', () => {
    const bundle = parallelReview({
      manager: approval('manager', people('wang.fang')),
      finance: approval('finance', people('li.na')),
      legal: approval('legal', people('sun.hao')),
      ceo: approval('ceo', people('zhao.min')),
    });
    const driver = new Driver(bundle);
    driver.start();
    driver.approve('wang.fang');
    driver.approve('li.na');

    const inBranch = returnTargets(bundle, driver.current, driver.taskOf('sun.hao').id);

    expect(inBranch.earlier).toEqual(['manager']);

    driver.approve('sun.hao');
    const after = returnTargets(bundle, driver.current, driver.taskOf('zhao.min').id);

    expect(after).toMatchObject({ previous: 'manager', earlier: ['manager'] });
  });
});

describe('return (退回)', () => {
  it('to the previous step: a new round re-enters it and re-resolves its approvers', () => {
    const driver = atCeo();

    back(driver, 'zhao.min', 'previous');

    expect(driver.current.round).toBe(2);
    expect(driver.pending()).toEqual([['li.na', 'open']]);
    expect(driver.event('step.returned-to')).toMatchObject({
      fromNodeId: 'ceo',
      toNodeId: 'finance',
      round: 2,
    });
    expect(driver.taskOf('zhao.min', 'cancelled')).toBeDefined();

    driver.approve('li.na');
    driver.approve('zhao.min');

    expect(driver.current.status).toBe('completed');
  });

  it('to a chosen earlier step', () => {
    const driver = atCeo();

    back(driver, 'zhao.min', 'node', 'manager');

    expect(driver.pending()).toEqual([['wang.fang', 'open']]);
  });

  it('to the initiator: the request is returned, remembering the step', () => {
    const driver = atCeo();

    back(driver, 'zhao.min', 'initiator');

    expect(driver.current.status).toBe('returned');
    expect(driver.current.returnedFrom).toMatchObject({ nodeId: 'ceo' });
    expect(driver.event('instance.returned')).toMatchObject({ returned: true, to: 'initiator' });
    expect(driver.current.tokens).toEqual([]);
  });

  it("to the initiator, then resubmitted: 'toThisStep' goes straight back to the step", () => {
    const driver = atCeo({ resubmit: 'toThisStep' });
    back(driver, 'zhao.min', 'initiator');

    driver.resubmit({ amount: '90.00' });

    expect(driver.pending()).toEqual([['zhao.min', 'open']]);
    expect(driver.event('instance.resubmitted')).toMatchObject({ from: 'step', nodeId: 'ceo' });
    expect(driver.current.returnedFrom).toBeUndefined();
  });

  it("to the initiator, then resubmitted with a changed amount the route reads: 'toThisStep' runs from the start", () => {
    const manager = approval('manager', [
      {
        kind: 'conditional',
        cases: [{ when: 'amount >= 5000', rules: people('zhao.min') }],
        otherwise: people('wang.fang'),
      },
    ]);
    const flow = sequence([
      manager,
      approval('finance', people('li.na'), { resubmit: 'toThisStep' }),
    ]);
    const driver = new Driver(flow);
    driver.start();
    driver.approve('wang.fang');
    back(driver, 'li.na', 'initiator');

    driver.resubmit({ amount: '9000.00' });

    expect(driver.pending()).toEqual([['zhao.min', 'open']]);
    expect(driver.event('instance.resubmitted')).toMatchObject({
      from: 'start',
      why: 'routing-changed',
      fields: ['amount'],
    });
  });

  it("to the initiator, then resubmitted with other picks for a skipped step: 'toThisStep' runs from the start", () => {
    const flow = sequence([
      approval('chosen', [
        { kind: 'initiatorPicks', multiple: false, range: [{ kind: 'role', role: 'finance' }] },
      ]),
      approval('ceo', people('zhao.min'), { resubmit: 'toThisStep' }),
    ]);
    const driver = new Driver(flow);
    driver.start('chen.jie', { amount: '100.00' }, { chosen: ['li.na'] });
    driver.approve('li.na');
    back(driver, 'zhao.min', 'initiator');

    driver.resubmit({ amount: '100.00' }, { chosen: ['he.xin'] });

    expect(driver.pending()).toEqual([['he.xin', 'open']]);
    expect(driver.event('instance.resubmitted')).toMatchObject({
      from: 'start',
      why: 'picks-changed',
      steps: ['chosen'],
    });
  });

  it("to the initiator, then resubmitted: 'fromStart' runs the flow again", () => {
    const driver = atCeo();
    back(driver, 'zhao.min', 'initiator');

    driver.resubmit();

    expect(driver.pending()).toEqual([['wang.fang', 'open']]);
    expect(driver.event('instance.resubmitted')).toMatchObject({ from: 'start' });
  });

  it('refuses a target the node does not allow', () => {
    const driver = atCeo({ returnTo: ['previous'] });

    expect(caught(() => back(driver, 'zhao.min', 'initiator')).code).toBe('return.not-allowed');
    expect(caught(() => back(driver, 'zhao.min', 'node', 'manager')).code).toBe(
      'return.not-allowed',
    );
  });

  it('refuses a return from the first step to a previous one', () => {
    const driver = new Driver(three());
    driver.start();

    expect(caught(() => back(driver, 'wang.fang', 'previous')).code).toBe('return.no-earlier-step');
  });

  it('refuses a node that is not an earlier step of this round', () => {
    const driver = atCeo();

    expect(caught(() => back(driver, 'zhao.min', 'node', 'end')).code).toBe('return.not-allowed');
  });
});

describe('withdraw rules', () => {
  const withPolicy = (withdraw: 'beforeAnyDecision' | 'untilEnd' | 'never') =>
    new Driver(withPolicies(three(), { withdraw }));

  it('beforeAnyDecision: refused once someone decided', () => {
    const driver = withPolicy('beforeAnyDecision');
    driver.start();
    driver.approve('wang.fang');

    expect(caught(() => driver.run({ type: 'withdraw', actorId: 'chen.jie' })).code).toBe(
      'instance.cannot-withdraw',
    );
  });

  it('untilEnd: allowed while the request runs', () => {
    const driver = withPolicy('untilEnd');
    driver.start();
    driver.approve('wang.fang');

    driver.run({ type: 'withdraw', actorId: 'chen.jie' });

    expect(driver.current.status).toBe('withdrawn');
  });

  it('never: refused while running, allowed once returned', () => {
    const driver = withPolicy('never');
    driver.start();

    expect(caught(() => driver.run({ type: 'withdraw', actorId: 'chen.jie' })).code).toBe(
      'instance.withdraw-disabled',
    );

    driver.reject('wang.fang');
    driver.run({ type: 'withdraw', actorId: 'chen.jie' });

    expect(driver.current.status).toBe('withdrawn');
  });
});
