import { runtimeError } from '../../messages.ts';
import { assertPickTargets } from '../picks.ts';
import { assertReferencesKnown } from '../references.ts';
import { assertRouteStaffed } from '../route-check.ts';
import { runTokens } from '../run.ts';
import { stopAll } from '../steps.ts';
import type { Command, InstanceState } from '../types.ts';
import { emit, type Work } from '../work.ts';

type Start = Extract<Command, { type: 'start' }>;
type Resubmit = Extract<Command, { type: 'resubmit' }>;
type Withdraw = Extract<Command, { type: 'withdraw' }>;

/** The state of a request before its first step, as `start` creates it. */
export function initialState(work: Pick<Work, 'ctx' | 'at'>, command: Start): InstanceState {
  const { ctx, at } = work;
  const picks = command.picks === undefined ? {} : { picks: command.picks };

  return {
    id: ctx.instanceId,
    flowKey: ctx.flowKey,
    flowVersion: ctx.flowVersion,
    initiatorId: command.actorId,
    status: 'running',
    values: command.values,
    ...picks,
    round: 1,
    tokens: [],
    steps: [],
    tasks: [],
    trail: [],
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Checks that every step the values lead to can be staffed, then puts a fresh token on the
 * start node and moves it until every token rests.
 */
function beginRound(work: Work): void {
  if (work.checkRoute) assertRouteStaffed(work);
  const start = work.graph.startNode();
  runTokens(work, [{ token: { id: work.ctx.newId('tok'), nodeId: start.id, forks: [] } }]);
}

/**
 * What a submission must hold before anything happens: picks only for steps the initiator
 * picks for, and `user` / `department` values the org knows.
 */
function checkSubmission(work: Work, command: Start | Resubmit): void {
  assertPickTargets(work.graph, command.picks);
  assertReferencesKnown(work.bundle.form, command.values, work.ctx.org);
}

export function start(work: Work, command: Start): void {
  checkSubmission(work, command);
  const { flowKey, flowVersion } = work.state;
  emit(work, 'instance.started', { round: 1, flowKey, flowVersion, values: command.values });
  beginRound(work);
}

function requireInitiator(work: Work, actorId: string): void {
  if (actorId !== work.state.initiatorId)
    throw runtimeError('instance.not-initiator', { instanceId: work.state.id });
}

/**
 * The initiator sends a returned request again with new values: round + 1, from the start.
 * Picks given now replace those of the same steps; the others are kept.
 */
export function resubmit(work: Work, command: Resubmit): void {
  requireInitiator(work, command.actorId);
  const { state } = work;
  if (state.status !== 'returned')
    throw runtimeError('instance.not-returned', { instanceId: state.id, status: state.status });
  checkSubmission(work, command);
  state.values = command.values;
  if (command.picks !== undefined) state.picks = { ...state.picks, ...command.picks };
  state.round += 1;
  state.status = 'running';
  emit(work, 'instance.resubmitted', { round: state.round, values: command.values });
  beginRound(work);
}

function decidedThisRound(state: InstanceState): boolean {
  const rounds = new Map(state.steps.map((step) => [step.id, step.round]));

  return state.tasks.some(
    (task) =>
      (task.status === 'approved' || task.status === 'rejected') &&
      task.auto === undefined &&
      rounds.get(task.stepId) === state.round,
  );
}

/**
 * The initiator gives the request up. A returned request can always be withdrawn; a running
 * one only while nobody has decided a task in the current round (approvals a policy gave in
 * someone's name do not count).
 * TODO(#4): make the withdraw rule a per-flow setting (e.g. allow until the last step).
 */
export function withdraw(work: Work, command: Withdraw): void {
  requireInitiator(work, command.actorId);
  const { state } = work;
  if (state.status !== 'running' && state.status !== 'returned')
    throw runtimeError('instance.not-running', { instanceId: state.id, status: state.status });
  if (state.status === 'running' && decidedThisRound(state))
    throw runtimeError('instance.cannot-withdraw', { instanceId: state.id });
  stopAll(work, 'withdrawn');
  state.status = 'withdrawn';
  state.endedAt = work.at;
  const data = command.reason === undefined ? {} : { reason: command.reason };
  emit(work, 'instance.withdrawn', { ...data, round: state.round });
}
