import { BatonError } from '@baton/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrgDirectory } from '../approvers/org-directory.ts';
import { buildFlow, flowArb, INITIATOR, orgArb } from './random-flows.ts';
import { Driver, testContext } from './testing.ts';
import type { InstanceState } from './types.ts';

const AMOUNTS = ['0.00', '100.00', '4999.99', '5000.00', '12345.67', '20000.00'] as const;

const actionArb = fc.record({
  pick: fc.nat(),
  action: fc.constantFrom('approve', 'approve', 'approve', 'reject', 'reject-end', 'withdraw'),
  amount: fc.constantFrom(...AMOUNTS),
});

/** Running: something to decide. Returned: back with the initiator. Ended: nothing left. */
function expectSettled(state: InstanceState): void {
  const open = state.tasks.filter((task) => task.status === 'open');
  if (state.status === 'running') {
    expect(open.length).toBeGreaterThan(0);
    expect(state.tokens.length).toBeGreaterThan(0);
  } else {
    expect(open).toEqual([]);
    expect(state.tokens).toEqual([]);
    expect(state.endedAt !== undefined).toBe(state.status !== 'returned');
  }
}

/** `any`: every task of an active step is open; `all`: open + approved = all, none rejected. */
function expectTasksMatchModes(state: InstanceState): void {
  for (const step of state.steps) {
    const tasks = state.tasks.filter((task) => task.stepId === step.id);
    const open = tasks.filter((task) => task.status === 'open').length;
    const approved = tasks.filter((task) => task.status === 'approved').length;
    if (step.status !== 'active') expect(open).toBe(0);
    else if (step.mode === 'any') expect(open).toBe(tasks.length);
    else expect([open > 0, open + approved]).toEqual([true, tasks.length]);
  }
}

type Choice = typeof actionArb extends fc.Arbitrary<infer T> ? T : never;

function act(driver: Driver, choice: Choice): void {
  const state = driver.current;
  if (state.status === 'returned') {
    const values = { amount: choice.amount };
    if (choice.action === 'withdraw') driver.run({ type: 'withdraw', actorId: INITIATOR });
    else driver.run({ type: 'resubmit', actorId: INITIATOR, values });

    return;
  }
  const open = driver.openTasks();
  const task = open[choice.pick % open.length];
  if (!task) throw new Error('running without an open task');
  const base = { actorId: task.assigneeId, taskId: task.id, comment: 'ok' };
  if (choice.action === 'approve') driver.run({ type: 'approve', ...base });
  else if (choice.action === 'reject') driver.run({ type: 'reject', ...base, target: 'initiator' });
  else if (choice.action === 'reject-end') driver.run({ type: 'reject', ...base, target: 'end' });
  else withdrawIfAllowed(driver);
}

function withdrawIfAllowed(driver: Driver): void {
  try {
    driver.run({ type: 'withdraw', actorId: INITIATOR });
  } catch (error) {
    // Refusing a withdrawal once someone has decided is the expected answer, not a failure.
    if (!(error instanceof BatonError && error.code === 'instance.cannot-withdraw')) throw error;
  }
}

describe('random structured flows', () => {
  it('always leave a request ended, returned, or waiting on open tasks that match the mode', () => {
    fc.assert(
      fc.property(
        flowArb,
        orgArb,
        fc.constantFrom(...AMOUNTS),
        fc.array(actionArb, { maxLength: 40 }),
        (body, org, amount, choices) => {
          const driver = new Driver(buildFlow(body), testContext(createOrgDirectory(org)));
          driver.start(INITIATOR, { amount });
          for (const choice of choices) {
            expectSettled(driver.current);
            expectTasksMatchModes(driver.current);
            if (['completed', 'rejected', 'withdrawn'].includes(driver.current.status)) break;
            act(driver, choice);
          }
          expectSettled(driver.current);
          expectTasksMatchModes(driver.current);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('complete when every approver approves', () => {
    fc.assert(
      fc.property(flowArb, orgArb, fc.constantFrom(...AMOUNTS), (body, org, amount) => {
        const driver = new Driver(buildFlow(body), testContext(createOrgDirectory(org)));
        driver.start(INITIATOR, { amount });
        for (let guard = 0; guard < 500 && driver.current.status === 'running'; guard++) {
          const [task] = driver.openTasks();
          if (!task) break;
          driver.run({ type: 'approve', actorId: task.assigneeId, taskId: task.id });
        }

        expect(driver.current.status).toBe('completed');
        expect(driver.current.trail.at(-1)?.nodeId).toBe('end');
      }),
      { numRuns: 300 },
    );
  });
});
