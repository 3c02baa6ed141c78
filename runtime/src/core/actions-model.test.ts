import { BatonError } from '@baton/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approval, parallelReview, Driver, testContext } from './testing.ts';
import type { Command, Decision, InstanceState, TaskState } from './types.ts';

/**
 * A model-based test of the human actions on one request: random sequences of approve,
 * reject, return, recall, transfer, delegate, add and remove signer, withdraw, urge and
 * resubmit, each either applied or refused with a user-facing error, keep the invariants.
 */

const people = (...userIds: string[]) => [{ kind: 'user' as const, userIds }];
const INITIATOR = 'chen.jie';
const USERS = ['wang.fang', 'liu.yang', 'li.na', 'he.xin', 'sun.hao', 'zhou.yu', 'zhao.min'];

const bundle = parallelReview({
  manager: approval('manager', people('wang.fang', 'liu.yang'), {
    mode: 'any',
    resubmit: 'toThisStep',
  }),
  finance: approval('finance', people('li.na', 'he.xin'), { mode: 'all' }),
  legal: approval('legal', people('sun.hao', 'zhou.yu'), { mode: 'sequential' }),
  ceo: approval('ceo', people('zhao.min'), { resubmit: 'toThisStep' }),
});

/**
 * The reference model: what the request should look like from outside. Every task's net
 * decisions (decided or cancelled, minus recalls), every step's transitions, and the status
 * the last accepted command must have led to.
 */
type Model = {
  net: Map<string, number>;
  steps: Map<string, string>;
  lastAt: string;
  /** Every command tried, accepted or refused, in order (for the replay). */
  tried: Command[];
};

type Real = { driver: Driver };

const DECIDED = ['task.approved', 'task.rejected', 'task.cancelled', 'task.auto-approved'];
const UNDONE = ['task.recalled', 'task.reopened'];

/** Refusals a person may get; anything else (a bug, `flow.stuck`) fails the test. */
function refused(error: unknown): boolean {
  return error instanceof BatonError && error.kind !== 'bug';
}

function checkDecision(model: Model, before: InstanceState | null, decision: Decision): void {
  for (const event of decision.events) {
    expect(event.at >= model.lastAt).toBe(true);
    model.lastAt = event.at;
    const taskId = String(event.data['taskId']);
    const change = DECIDED.includes(event.type) ? 1 : UNDONE.includes(event.type) ? -1 : 0;
    const net = (model.net.get(taskId) ?? 0) + change;
    expect(net).toBeGreaterThanOrEqual(0);
    expect(net).toBeLessThanOrEqual(1);
    if (change !== 0) model.net.set(taskId, net);
  }
  const recalled = decision.events.some((event) => event.type === 'task.recalled');
  for (const step of decision.state.steps) {
    const was = model.steps.get(step.id);
    if (was !== undefined && was !== step.status) {
      // A step leaves `active` once per entry; only a recall makes it active again.
      expect(was === 'active' || (recalled && step.status === 'active')).toBe(true);
    }
    model.steps.set(step.id, step.status);
  }
  expect(before === null || decision.state.round >= before.round).toBe(true);
}

function checkState(state: InstanceState): void {
  const open = state.tasks.filter((task) => task.status === 'open');
  const pending = state.tasks.filter((task) => task.status === 'waiting' || task.status === 'open');
  if (state.status === 'running') {
    expect(open.length + state.tokens.filter((token) => token.until).length).toBeGreaterThan(0);
  } else {
    expect(pending).toEqual([]);
    expect(state.tokens).toEqual([]);
  }
  for (const step of state.steps.filter((candidate) => candidate.status !== 'active')) {
    expect(pending.filter((task) => task.stepId === step.id)).toEqual([]);
  }
  for (const task of pending) {
    for (const id of task.blockedBy ?? [])
      expect(state.tasks.find((other) => other.id === id)?.status).toMatch(/open|waiting/);
  }
}

/** Runs one command; a refusal changes nothing, an acceptance must keep the invariants. */
function attempt(
  model: Model,
  real: Real,
  command: Command,
  expectAfter?: (s: InstanceState) => void,
) {
  const before = real.driver.state;
  model.tried.push(command);
  let decision: Decision;
  try {
    decision = real.driver.run(command);
  } catch (error) {
    if (!refused(error)) throw error;
    expect(real.driver.state).toBe(before);

    return;
  }
  checkDecision(model, before, decision);
  checkState(decision.state);
  expectAfter?.(decision.state);
}

function pickTask(real: Real, pick: number, filter: (task: TaskState) => boolean) {
  const tasks = real.driver.current.tasks.filter(filter);

  return tasks[pick % Math.max(1, tasks.length)];
}

type Action = { describe: string; run(model: Model, real: Real): void };

function action(name: string, run: (model: Model, real: Real) => void): fc.Command<Model, Real> {
  const command: Action = { describe: name, run };

  return {
    check: () => true,
    run: (model, real) => command.run(model, real),
    toString: () => name,
  };
}

const pick = fc.nat(20);
const someone = fc.constantFrom(...USERS, INITIATOR, 'ghost');

function decisionArb(type: 'approve' | 'reject') {
  return pick.map((n) =>
    action(`${type}(${n})`, (model, real) => {
      const task = pickTask(real, n, (t) => t.status === 'open');
      if (task) attempt(model, real, { type, actorId: task.assigneeId, taskId: task.id });
    }),
  );
}

const taskCommands = [
  decisionArb('approve'),
  decisionArb('reject'),
  fc
    .tuple(
      pick,
      fc.constantFrom('initiator', 'previous', 'node'),
      fc.constantFrom('manager', 'ceo'),
    )
    .map(([n, to, nodeId]) =>
      action(`return(${n}, ${to})`, (model, real) => {
        const task = pickTask(real, n, (t) => t.status === 'open');
        if (!task) return;
        const command: Command = {
          type: 'return',
          actorId: task.assigneeId,
          taskId: task.id,
          to,
          nodeId,
        };
        attempt(model, real, command, (state) => {
          if (to === 'initiator') expect(state.status).toBe('returned');
        });
      }),
    ),
  pick.map((n) =>
    action(`recall(${n})`, (model, real) => {
      const task = pickTask(real, n, (t) => t.status === 'approved' || t.status === 'rejected');
      if (!task) return;
      attempt(
        model,
        real,
        { type: 'recall', actorId: task.assigneeId, taskId: task.id },
        (state) => {
          expect(state.tasks.find((t) => t.id === task.id)?.status).toBe('open');
        },
      );
    }),
  ),
  fc.tuple(pick, someone, fc.constantFrom('transfer', 'delegate')).map(([n, toUserId, type]) =>
    action(`${type}(${n}, ${toUserId})`, (model, real) => {
      const task = pickTask(real, n, (t) => t.status === 'open');
      if (!task) return;
      const command: Command = { type, actorId: task.assigneeId, taskId: task.id, toUserId };
      attempt(model, real, command, (state) => {
        const old = state.tasks.find((t) => t.id === task.id);
        expect(old?.status).toBe(type === 'transfer' ? 'cancelled' : 'waiting');
      });
    }),
  ),
  fc
    .tuple(pick, someone, fc.constantFrom('before', 'after', 'alongside'))
    .map(([n, userId, position]) =>
      action(`addSigner(${n}, ${userId}, ${position})`, (model, real) => {
        const task = pickTask(real, n, (t) => t.status === 'open');
        if (!task) return;
        const command: Command = {
          type: 'addSigner',
          actorId: task.assigneeId,
          taskId: task.id,
          userIds: [userId],
          position,
        };
        attempt(model, real, command);
      }),
    ),
  pick.map((n) =>
    action(`removeSigner(${n})`, (model, real) => {
      const task = pickTask(real, n, (t) => t.origin?.kind.startsWith('add') === true);
      if (!task) return;
      const actorId = task.origin?.byUserId ?? INITIATOR;
      attempt(model, real, { type: 'removeSigner', actorId, taskId: task.id });
    }),
  ),
];

const requestCommands = [
  fc.constant(
    action('withdraw', (model, real) =>
      attempt(model, real, { type: 'withdraw', actorId: INITIATOR }, (state) =>
        expect(state.status).toBe('withdrawn'),
      ),
    ),
  ),
  fc.constant(
    action('urge', (model, real) =>
      attempt(model, real, { type: 'urge', actorId: INITIATOR }, (state) =>
        expect(state.urgedAt).toBe(state.updatedAt),
      ),
    ),
  ),
  fc.constant(
    action('resubmit', (model, real) =>
      attempt(model, real, { type: 'resubmit', actorId: INITIATOR, values: { amount: '10.00' } }),
    ),
  ),
];

// Approvals weigh four times as much as the other actions, so requests get past the join.
const decisions = [decisionArb('approve'), decisionArb('approve'), decisionArb('approve')];
const commandsArb = fc.commands([...decisions, ...taskCommands, ...requestCommands], {
  maxCommands: 60,
});

function started(): { model: Model; real: Real } {
  const driver = new Driver(bundle, testContext());
  driver.start(INITIATOR);
  const model: Model = { net: new Map(), steps: new Map(), lastAt: '', tried: [] };
  checkDecision(model, null, driver.last);

  return { model, real: { driver } };
}

describe('actions on one request, against a reference model', () => {
  it('keep one decision per task, one transition per step and no request without work', () => {
    fc.assert(
      fc.property(commandsArb, (commands) => {
        const { model, real } = started();
        fc.modelRun(() => ({ model, real }), commands);
        checkState(real.driver.current);
      }),
      { numRuns: 300 },
    );
  });

  it('replaying the accepted commands with the same ids and clock gives the same state', () => {
    fc.assert(
      fc.property(commandsArb, (commands) => {
        const { model, real } = started();
        fc.modelRun(() => ({ model, real }), commands);
        const replay = new Driver(bundle, testContext());
        replay.start(INITIATOR);
        for (const command of model.tried) {
          try {
            replay.run(command);
          } catch (error) {
            if (!refused(error)) throw error;
          }
        }

        expect(replay.current).toEqual(real.driver.current);
        expect(replay.events).toEqual(real.driver.events);
      }),
      { numRuns: 100 },
    );
  });
});
