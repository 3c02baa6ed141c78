import { describe, expect, it } from 'vitest';
import type { StepNeed } from './executors/index.ts';
import { peopleWhoApproved } from './round-approvals.ts';
import { guaranteedApprovers } from './route-check.ts';
import { approval, caught, Driver, sequence, withPolicies } from './testing.ts';

const rule = (approvers: number) => ({ field: 'amount', atLeast: '50000', approvers });
const supervisor = approval('s1', [{ kind: 'supervisor', level: 1 }]);
const finance = (options: Record<string, unknown> = {}) =>
  approval('s2', [{ kind: 'role', role: 'finance' }], options);

describe('guaranteedApprovers', () => {
  it('counts everyone who must approve once, and an any-step only beyond them', () => {
    const needs: StepNeed[] = [
      { everyone: ['a', 'b'] },
      { everyone: ['b', 'c'] },
      { everyone: [], some: { count: 1, candidateIds: ['a', 'x'] } },
      { everyone: [], some: { count: 2, candidateIds: ['a', 'x', 'y'] } },
    ];

    // {a, b, c} must approve; the 2-of-{a, x, y} step needs at least one of x, y besides.
    expect(guaranteedApprovers(needs)).toBe(4);
  });

  it('does not add up any-steps that may share their people', () => {
    const needs: StepNeed[] = [
      { everyone: [], some: { count: 1, candidateIds: ['a', 'b'] } },
      { everyone: [], some: { count: 1, candidateIds: ['a', 'b'] } },
    ];

    expect(guaranteedApprovers(needs)).toBe(1);
  });
});

describe('minApprovers counts the people a route guarantees', () => {
  it('refuses a route of a supervisor and an any-step of two, for three approvers (H1)', () => {
    const bundle = withPolicies(sequence([supervisor, finance()]), { minApprovers: [rule(3)] });

    const error = caught(() => new Driver(bundle).start('chen.jie', { amount: '60000.00' }));

    expect(error).toMatchObject({
      code: 'approval.too-few-approvers',
      params: { needed: 3, found: 2 },
      message: expect.stringContaining('guarantees only 2'),
    });
  });

  it('counts the share a percentage step needs, not everyone it asks', () => {
    const half = finance({ mode: 'percentage', percent: 50 });
    const all = finance({ mode: 'all' });
    const three = { minApprovers: [rule(3)] };

    expect(() =>
      new Driver(withPolicies(sequence([supervisor, half]), three)).start('chen.jie', {
        amount: '60000.00',
      }),
    ).toThrowError(expect.objectContaining({ params: { needed: 3, found: 2 } }));
    const driver = new Driver(withPolicies(sequence([supervisor, all]), three));
    driver.start('chen.jie', { amount: '60000.00' });
    for (const person of ['wang.fang', 'li.na', 'he.xin']) driver.approve(person);

    expect(driver.current.status).toBe('completed');
    expect(peopleWhoApproved(driver.current).size).toBe(3);
  });

  it("never counts the initiator's automatic approval, which completes an any-step (H3)", () => {
    const step = approval('s1', [{ kind: 'user', userIds: ['chen.jie', 'li.na', 'he.xin'] }], {
      initiator: 'autoApprove',
    });
    const bundle = withPolicies(sequence([step]), { minApprovers: [rule(2)] });

    const error = caught(() => new Driver(bundle).start('chen.jie', { amount: '60000.00' }));

    expect(error).toMatchObject({ params: { needed: 2, found: 0 } });
  });

  it('counts a step the previous approver picks as one person of its range', () => {
    const picked = approval('s2', [
      { kind: 'approverPicks', multiple: true, range: [{ kind: 'role', role: 'finance' }] },
    ]);
    const two = withPolicies(sequence([supervisor, picked]), { minApprovers: [rule(2)] });
    const three = withPolicies(sequence([supervisor, picked]), { minApprovers: [rule(3)] });

    expect(() => new Driver(two).start('chen.jie', { amount: '60000.00' })).not.toThrow();
    expect(caught(() => new Driver(three).start('chen.jie', { amount: '60000.00' }))).toMatchObject(
      { params: { needed: 3, found: 2 } },
    );
  });

  it('counts the person a sole approver picks as someone else, since nobody picks themselves', () => {
    const anyone = approval('s2', [{ kind: 'approverPicks', multiple: false, range: [] }]);
    const bundle = withPolicies(sequence([supervisor, anyone]), { minApprovers: [rule(2)] });
    const driver = new Driver(bundle);

    driver.start('chen.jie', { amount: '60000.00' });
    driver.approve('wang.fang', undefined, ['sun.hao']);
    driver.approve('sun.hao');

    expect(driver.event('instance.completed')).toMatchObject({ approvers: 2 });
  });

  it('records how many people approved when the request completes', () => {
    const bundle = withPolicies(sequence([supervisor, finance()]), { minApprovers: [rule(2)] });
    const driver = new Driver(bundle);
    driver.start('chen.jie', { amount: '60000.00' });

    driver.approve('wang.fang');
    driver.approve('li.na');

    expect(driver.event('instance.completed')).toEqual({ nodeId: 'end', approvers: 2 });
  });
});
