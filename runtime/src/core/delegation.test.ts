import type { Delegation, FormValues } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import type { CoreContext } from './context.ts';
import { approval, sampleOrgSource, sequence, withPolicies } from './testing.ts';
import { MONDAY_9AM, TimerWorld } from './timer-testing.ts';

const wang = [{ kind: 'user' as const, userIds: ['wang.fang'] }];

let ids = 0;
/** An out-of-office delegation in force all of Monday 5 January 2026 unless told otherwise. */
function away(userId: string, delegateId: string, more: Partial<Delegation> = {}): Delegation {
  return {
    id: `d${++ids}`,
    userId,
    delegateId,
    startsAt: '2026-01-05T00:00:00.000Z',
    endsAt: '2026-01-06T00:00:00.000Z',
    ...more,
  };
}

/** Starts a request whose one step is wang.fang's, with `delegations` in the context. */
function started(
  delegations: Delegation[],
  options: { values?: FormValues; context?: Partial<CoreContext>; policies?: object } = {},
) {
  const flow = sequence([approval('review', wang)]);
  const bundle = options.policies ? withPolicies(flow, options.policies) : flow;
  const w = new TimerWorld(bundle, { delegations, ...options.context });
  w.start(options.values);

  return w;
}

const holder = (w: TimerWorld) => {
  const task = w.driver.current.tasks[0];

  return [task?.assigneeId, task?.onBehalfOf];
};

describe('out-of-office delegation: when it applies', () => {
  it('gives the task to the delegate on behalf of the person it was meant for', () => {
    const w = started([away('wang.fang', 'liu.yang')]);

    expect(holder(w)).toEqual(['liu.yang', 'wang.fang']);
    expect(w.driver.last.events.map((event) => event.type)).toEqual([
      'instance.started',
      'step.entered',
      'delegation.applied',
      'task.created',
    ]);
    expect(w.events('delegation.applied')).toEqual([
      {
        taskId: 'task-1',
        forUserId: 'wang.fang',
        toUserId: 'liu.yang',
        chain: ['wang.fang', 'liu.yang'],
      },
    ]);
    expect(w.events('task.created')[0]).toMatchObject({
      assigneeId: 'liu.yang',
      onBehalfOf: 'wang.fang',
    });
    expect(w.driver.last.effects[0]).toMatchObject({
      kind: 'task-assigned',
      userIds: ['liu.yang'],
    });
  });

  it('lets the delegate decide the task', () => {
    const w = started([away('wang.fang', 'liu.yang')]);

    w.approve('liu.yang');

    expect(w.driver.current.status).toBe('completed');
  });

  it('applies from startsAt up to, not including, endsAt', () => {
    const now = Date.parse(MONDAY_9AM);
    const iso = (ms: number) => new Date(ms).toISOString();
    const window = (startsAt: number, endsAt: number) =>
      holder(
        started([away('wang.fang', 'liu.yang', { startsAt: iso(startsAt), endsAt: iso(endsAt) })]),
      );

    expect(window(now, now + 1)).toEqual(['liu.yang', 'wang.fang']);
    expect(window(now - 1000, now)).toEqual(['wang.fang', undefined]);
    expect(window(now + 1, now + 1000)).toEqual(['wang.fang', undefined]);
  });

  it('applies only to the flows it names', () => {
    expect(holder(started([away('wang.fang', 'liu.yang', { flowKeys: ['test-flow'] })]))).toEqual([
      'liu.yang',
      'wang.fang',
    ]);
    expect(holder(started([away('wang.fang', 'liu.yang', { flowKeys: ['travel'] })]))).toEqual([
      'wang.fang',
      undefined,
    ]);
  });

  it('applies up to its amount cap exactly, compared as decimals', () => {
    const capped = [away('wang.fang', 'liu.yang', { amountCap: '5000' })];
    const at = (amount: string) => holder(started(capped, { values: { amount } }));

    expect(at('5000.00')).toEqual(['liu.yang', 'wang.fang']);
    expect(at('4999.99')).toEqual(['liu.yang', 'wang.fang']);
    expect(at('5000.01')).toEqual(['wang.fang', undefined]);
    expect(at('90071992547409930.00')).toEqual(['wang.fang', undefined]);
  });

  it('does not apply a capped delegation to a request without an amount', () => {
    const capped = [away('wang.fang', 'liu.yang', { amountCap: '5000' })];

    expect(holder(started(capped, { values: {} }))).toEqual(['wang.fang', undefined]);
    expect(holder(started(capped, { values: { amount: 12 } }))).toEqual(['wang.fang', undefined]);
  });

  it("reads the amount from the flow's amount field when it names one", () => {
    const capped = [away('wang.fang', 'liu.yang', { amountCap: '5000' })];
    const values = { amount: '100.00', total: '9000.00' };

    const w = started(capped, { values, policies: { amountField: 'total' } });

    expect(holder(w)).toEqual(['wang.fang', undefined]);
  });

  it('does not delegate a part approved automatically in the person’s name', () => {
    const flow = sequence([
      approval('review', [{ kind: 'user', userIds: ['chen.jie', 'wang.fang'] }], {
        mode: 'all',
        initiator: 'autoApprove',
      }),
    ]);
    const w = new TimerWorld(flow, {
      delegations: [away('chen.jie', 'liu.yang'), away('wang.fang', 'li.na')],
    });

    w.start();

    expect(w.driver.current.tasks.map((task) => [task.assigneeId, task.status])).toEqual([
      ['chen.jie', 'approved'],
      ['li.na', 'open'],
    ]);
  });
  it("counts a delegate's approval as the original person's for dedupe", () => {
    const steps = sequence([approval('one', wang), approval('two', wang)]);
    const flow = withPolicies(steps, { dedupe: 'consecutive' });
    const w = new TimerWorld(flow, { delegations: [away('wang.fang', 'liu.yang')] });
    w.start();

    w.approve('liu.yang');

    expect(
      w.driver.current.tasks.map((task) => [task.assigneeId, task.onBehalfOf, task.auto]),
    ).toEqual([
      ['liu.yang', 'wang.fang', undefined],
      ['wang.fang', undefined, 'dedupe'],
    ]);
    expect(w.driver.current.status).toBe('completed');
  });
});

describe('out-of-office delegation: chains and where they stop', () => {
  it('follows a chain A → B → C to its end', () => {
    const w = started([away('wang.fang', 'liu.yang'), away('liu.yang', 'he.xin')]);

    expect(holder(w)).toEqual(['he.xin', 'wang.fang']);
    expect(w.events('delegation.applied')[0]).toEqual({
      taskId: 'task-1',
      forUserId: 'wang.fang',
      toUserId: 'he.xin',
      chain: ['wang.fang', 'liu.yang', 'he.xin'],
    });
  });

  it('leaves the task with the person it was meant for on a loop A → B → A', () => {
    const w = started([away('wang.fang', 'liu.yang'), away('liu.yang', 'wang.fang')]);

    expect(holder(w)).toEqual(['wang.fang', undefined]);
    expect(w.events('delegation.applied')).toEqual([
      {
        taskId: 'task-1',
        forUserId: 'wang.fang',
        toUserId: 'wang.fang',
        chain: ['wang.fang', 'liu.yang'],
        stop: 'loop',
      },
    ]);
  });

  it('leaves the task with the person it was meant for on a loop further down, A → B → C → B', () => {
    const w = started([
      away('wang.fang', 'liu.yang'),
      away('liu.yang', 'he.xin'),
      away('he.xin', 'liu.yang'),
    ]);

    expect(holder(w)).toEqual(['wang.fang', undefined]);
    expect(w.events('delegation.applied')[0]).toMatchObject({
      chain: ['wang.fang', 'liu.yang', 'he.xin'],
      stop: 'loop',
    });
  });

  it('stops before a disabled delegate, with the last enabled person of the chain', () => {
    const source = sampleOrgSource();
    source.users = source.users.map((u) => (u.id === 'he.xin' ? { ...u, disabled: true } : u));
    const context = { org: createOrgDirectory(source) };

    const first = started([away('wang.fang', 'he.xin')], { context });
    const second = started([away('wang.fang', 'liu.yang'), away('liu.yang', 'he.xin')], {
      context,
    });

    expect(holder(first)).toEqual(['wang.fang', undefined]);
    expect(first.events('delegation.applied')[0]).toMatchObject({
      toUserId: 'wang.fang',
      chain: ['wang.fang'],
      stop: 'disabled',
    });
    expect(holder(second)).toEqual(['liu.yang', 'wang.fang']);
    expect(second.events('delegation.applied')[0]).toMatchObject({ stop: 'disabled' });
  });

  it('treats a delegate who is not in the organization like a disabled one', () => {
    const w = started([away('wang.fang', 'left.company')]);

    expect(holder(w)).toEqual(['wang.fang', undefined]);
    expect(w.events('delegation.applied')[0]).toMatchObject({ stop: 'disabled' });
  });

  it('never hands a task to the initiator of the request, unless the flow allows self-approval', () => {
    const own = started([away('wang.fang', 'chen.jie')]);
    const allowed = started([away('wang.fang', 'chen.jie')], {
      policies: { allowSelfApproval: true },
    });

    expect(holder(own)).toEqual(['wang.fang', undefined]);
    expect(own.events('delegation.applied')[0]).toMatchObject({ stop: 'initiator' });
    expect(holder(allowed)).toEqual(['chen.jie', 'wang.fang']);
  });

  it('follows the first listed delegation when several cover the same person', () => {
    const w = started([away('wang.fang', 'li.na'), away('wang.fang', 'liu.yang')]);

    expect(holder(w)).toEqual(['li.na', 'wang.fang']);
  });
});

describe('out-of-office delegation and deadlines', () => {
  it('reminds the delegate who holds the task', () => {
    const flow = sequence([
      approval('review', wang, { deadline: { remind: { everyMinutes: 30, times: 1 } } }),
    ]);
    const w = new TimerWorld(flow, { delegations: [away('wang.fang', 'liu.yang')] });
    w.start();

    w.advance(30);

    expect(w.events('task.reminded')).toEqual([
      { taskId: 'task-1', assigneeId: 'liu.yang', n: 1, of: 1 },
    ]);
  });

  it("escalates a delegate's timed-out task to the supervisor of the person it was meant for", () => {
    const deadline = { timeout: { afterMinutes: 60, action: 'escalate' } };
    const flow = sequence([approval('review', wang, { deadline })]);
    const w = new TimerWorld(flow, { delegations: [away('wang.fang', 'he.xin')] });
    w.start();

    w.advance(60);

    expect(w.driver.pending()).toEqual([['zhao.min', 'open']]);
  });
});
