import { BatonError, type FlowPolicies } from '@baton/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrgDirectory, type OrgDirectory } from '../approvers/org-directory.ts';
import { approversRequired } from './policies.ts';
import { buildFlow, flowArb, INITIATOR, orgArb, policiesArb } from './random-flows.ts';
import { peopleWhoApproved } from './round-approvals.ts';
import { Driver, testContext } from './testing.ts';
import type { InstanceEvent, InstanceState } from './types.ts';

const AMOUNTS = ['0.00', '100.00', '4999.99', '5000.00', '12345.67', '20000.00'] as const;

/** What a submission may rightly be refused with, by the flow's own settings. */
const REFUSALS = ['approval.refused-nobody', 'approval.too-few-approvers'];

const actionArb = fc.record({
  pick: fc.nat(),
  action: fc.constantFrom('approve', 'approve', 'approve', 'reject', 'reject-end', 'withdraw'),
  amount: fc.constantFrom(...AMOUNTS),
});

/** Runs a submission; false when the flow's settings refuse it (an expected answer). */
function submitted(act: () => unknown): boolean {
  try {
    act();

    return true;
  } catch (error) {
    if (error instanceof BatonError && REFUSALS.includes(error.code)) return false;
    throw error;
  }
}

/** Running: something to decide. Returned: back with the initiator. Ended: nothing left. */
function expectSettled(state: InstanceState): void {
  const open = state.tasks.filter((task) => task.status === 'open');
  if (state.status === 'running') {
    expect(open.length).toBeGreaterThan(0);
    expect(state.tokens.length).toBeGreaterThan(0);
  } else {
    expect(state.tasks.filter((task) => task.status === 'waiting')).toEqual([]);
    expect(open).toEqual([]);
    expect(state.tokens).toEqual([]);
    expect(state.endedAt !== undefined).toBe(state.status !== 'returned');
  }
}

/**
 * A finished step has nothing pending. An active one has fewer approvals than it needs and can
 * still reach them; a sequential one has exactly one open task, before the waiting ones; the
 * others have no waiting task.
 */
function expectStepsConsistent(state: InstanceState): void {
  for (const step of state.steps) {
    const tasks = state.tasks.filter((task) => task.stepId === step.id);
    const statuses = tasks.map((task) => task.status);
    const count = (status: string) => statuses.filter((s) => s === status).length;
    const pending = count('open') + count('waiting');
    if (step.status !== 'active') {
      expect(pending).toBe(0);
      continue;
    }
    const needed = step.needed ?? 1;
    expect(count('approved')).toBeLessThan(needed);
    expect(count('approved') + pending).toBeGreaterThanOrEqual(needed);
    if (step.mode === 'sequential') {
      expect(count('open')).toBe(1);
      const firstWaiting = statuses.indexOf('waiting');
      if (firstWaiting >= 0) expect(statuses.indexOf('open')).toBeLessThan(firstWaiting);
    } else expect(count('waiting')).toBe(0);
  }
}

const DECISIONS = ['task.approved', 'task.rejected', 'task.cancelled', 'task.auto-approved'];

function expectOneDecisionPerTask(events: readonly InstanceEvent[]): void {
  const decided = events
    .filter((event) => DECISIONS.includes(event.type))
    .map((event) => event.data['taskId']);

  expect(new Set(decided).size).toBe(decided.length);
}

/** People asked to decide are enabled, and never the initiator unless the flow allows it. */
function expectRightPeople(state: InstanceState, org: OrgDirectory, policies: FlowPolicies): void {
  for (const task of state.tasks.filter((candidate) => candidate.auto === undefined)) {
    expect(org.getUser(task.assigneeId)?.disabled).toBe(false);
    if (!policies.allowSelfApproval) expect(task.assigneeId).not.toBe(INITIATOR);
  }
}

/**
 * `minApprovers`: a request never completes with fewer distinct people approving this round
 * than its amount needs (automatic approvals never count).
 */
function expectEnoughApprovers(driver: Driver): void {
  const state = driver.current;
  if (state.status !== 'completed') return;
  const needed = approversRequired(driver.bundle.flow, state.values);

  expect(peopleWhoApproved(state).size).toBeGreaterThanOrEqual(needed);
}

function expectInvariants(driver: Driver, org: OrgDirectory, policies: FlowPolicies): void {
  expectSettled(driver.current);
  expectStepsConsistent(driver.current);
  expectOneDecisionPerTask(driver.events);
  expectRightPeople(driver.current, org, policies);
  expectEnoughApprovers(driver);
}

type Choice = typeof actionArb extends fc.Arbitrary<infer T> ? T : never;

function act(driver: Driver, choice: Choice): void {
  const state = driver.current;
  if (state.status === 'returned') {
    if (choice.action === 'withdraw') driver.run({ type: 'withdraw', actorId: INITIATOR });
    else submitted(() => driver.resubmit({ amount: choice.amount }));

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
    // Refusing a withdrawal the flow's withdraw policy forbids is the expected answer.
    const refusals = ['instance.cannot-withdraw', 'instance.withdraw-disabled'];
    if (!(error instanceof BatonError && refusals.includes(error.code))) throw error;
  }
}

const ENDED = ['completed', 'rejected', 'withdrawn'];

describe('random structured flows', () => {
  it('always leave a request ended, returned, or waiting on tasks that match the step', () => {
    fc.assert(
      fc.property(
        flowArb,
        policiesArb,
        orgArb,
        fc.constantFrom(...AMOUNTS),
        fc.array(actionArb, { maxLength: 40 }),
        (body, policies, source, amount, choices) => {
          const org = createOrgDirectory(source);
          const driver = new Driver(buildFlow(body, policies), testContext(org));
          if (!submitted(() => driver.start(INITIATOR, { amount }))) return;
          for (const choice of choices) {
            expectInvariants(driver, org, policies);
            if (ENDED.includes(driver.current.status)) break;
            act(driver, choice);
          }
          expectInvariants(driver, org, policies);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('complete when every approver approves, unless a step rejects itself', () => {
    fc.assert(
      fc.property(
        flowArb,
        policiesArb,
        orgArb,
        fc.constantFrom(...AMOUNTS),
        (body, policies, source, amount) => {
          const driver = new Driver(
            buildFlow(body, policies),
            testContext(createOrgDirectory(source)),
          );
          if (!submitted(() => driver.start(INITIATOR, { amount }))) return;
          for (let guard = 0; guard < 500 && driver.current.status === 'running'; guard++) {
            const [task] = driver.openTasks();
            if (!task) break;
            driver.run({ type: 'approve', actorId: task.assigneeId, taskId: task.id });
          }

          expectEnoughApprovers(driver);
          if (driver.event('step.auto-rejected')) {
            expect(['returned', 'rejected']).toContain(driver.current.status);
          } else {
            expect(driver.current.status).toBe('completed');
            expect(driver.current.trail.at(-1)?.nodeId).toBe('end');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
