import { ApprovalConfig, canonicalJson } from '@baton/schemas';
import { runtimeError } from '../../messages.ts';
import { nodeConfig } from '../graph.ts';
import { policiesOf } from '../policies.ts';
import { assertPickTargets } from '../picks.ts';
import { assertReferencesKnown } from '../references.ts';
import { assertRouteStaffed } from '../route-check.ts';
import { changedRoutingFields } from '../routing-fields.ts';
import { runTokens } from '../run.ts';
import { stopAll } from '../steps.ts';
import type { Command, InstanceState, Picks } from '../types.ts';
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
function beginRound(work: Work, nodeId: string = work.graph.startNode().id): void {
  if (work.checkRoute) assertRouteStaffed(work);
  runTokens(work, [{ token: { id: work.ctx.newId('tok'), nodeId, forks: [] } }]);
}

/**
 * Where a resubmission starts: back at the step that returned the request when its node says
 * `resubmit: 'toThisStep'`, the step was outside parallel branches and no value that decides the
 * route or its approvers changed (the steps skipped would otherwise have approved a different
 * request: see routing-fields.ts), else at the start (the event records which, and why when
 * the setting could not be followed).
 */
/** The steps whose picks the resubmission changes (a new, different list of people). */
function changedPicks(work: Work, picks: Picks | undefined): string[] {
  const before = work.state.picks ?? {};
  const after = Object.entries(picks ?? {});

  return after
    .filter(([nodeId, people]) => canonicalJson(before[nodeId] ?? []) !== canonicalJson(people))
    .map(([nodeId]) => nodeId)
    .sort();
}

function resumePoint(
  work: Work,
  command: Resubmit,
): { nodeId?: string; data: Record<string, unknown> } {
  const from = work.state.returnedFrom;
  if (!from) return { data: { from: 'start' } };
  const node = work.graph.flow.nodes.find((candidate) => candidate.id === from.nodeId);
  if (!node || nodeConfig(node, ApprovalConfig).resubmit !== 'toThisStep')
    return { data: { from: 'start' } };
  const step = work.state.steps.find((candidate) => candidate.id === from.stepId);
  if ((step?.forks ?? []).length > 0)
    return { data: { from: 'start', why: 'inside-parallel', nodeId: from.nodeId } };
  const changed = changedRoutingFields(work.bundle.flow, work.state.values, command.values);
  if (changed.length > 0)
    return {
      data: { from: 'start', why: 'routing-changed', nodeId: from.nodeId, fields: changed },
    };
  const picked = changedPicks(work, command.picks);
  if (picked.length > 0)
    return { data: { from: 'start', why: 'picks-changed', nodeId: from.nodeId, steps: picked } };

  return { nodeId: from.nodeId, data: { from: 'step', nodeId: from.nodeId } };
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

/** Only the initiator resubmits, and only a request returned to them. */
export function assertResubmittable(work: Work, actorId: string): void {
  requireInitiator(work, actorId);
  const { status, id } = work.state;
  if (status !== 'returned')
    throw runtimeError('instance.not-returned', { instanceId: id, status });
}

/**
 * The initiator sends a returned request again with new values: round + 1, from the start or
 * back at the step that returned it (see `resumePoint`). Picks given now replace those of the
 * same steps; the others are kept.
 */
export function resubmit(work: Work, command: Resubmit): void {
  assertResubmittable(work, command.actorId);
  const { state } = work;
  checkSubmission(work, command);
  const resume = resumePoint(work, command);
  state.values = command.values;
  if (command.picks !== undefined) state.picks = { ...state.picks, ...command.picks };
  delete state.returnedFrom;
  state.round += 1;
  state.status = 'running';
  emit(work, 'instance.resubmitted', {
    round: state.round,
    values: command.values,
    ...resume.data,
  });
  beginRound(work, resume.nodeId);
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
 * Whether the flow lets the initiator withdraw the running request now (`withdraw` policy):
 * `beforeAnyDecision` while nobody has decided a task in the current round (approvals a policy
 * gave in someone's name do not count), `untilEnd` while it runs, `never` not at all.
 */
function requireWithdrawable(work: Work): void {
  const { state } = work;
  const rule = policiesOf(work.bundle.flow).withdraw;
  if (rule === 'never') throw runtimeError('instance.withdraw-disabled');
  if (rule === 'beforeAnyDecision' && decidedThisRound(state))
    throw runtimeError('instance.cannot-withdraw', { instanceId: state.id });
}

/**
 * The initiator gives the request up: a returned request always, a running one as the flow's
 * `withdraw` policy allows.
 */
export function withdraw(work: Work, command: Withdraw): void {
  requireInitiator(work, command.actorId);
  const { state } = work;
  if (state.status !== 'running' && state.status !== 'returned')
    throw runtimeError('instance.not-running', { instanceId: state.id, status: state.status });
  if (state.status === 'running') requireWithdrawable(work);
  stopAll(work, 'withdrawn');
  state.status = 'withdrawn';
  state.endedAt = work.at;
  delete state.returnedFrom;
  const data = command.reason === undefined ? {} : { reason: command.reason };
  emit(work, 'instance.withdrawn', { ...data, round: state.round });
}
