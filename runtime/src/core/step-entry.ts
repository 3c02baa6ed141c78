import type { ApprovalConfig, FlowNode } from '@baton/schemas';
import { explainBoth, type Explanation } from '../approvers/explanations.ts';
import { neededApprovals } from './counting.ts';
import { applyDelegation } from './delegation.ts';
import type { Seat, Staffing } from './staffing.ts';
import { taskOpened } from './task-open.ts';
import type { StepState, TaskState, TokenState } from './types.ts';
import { emit, notify, type Work } from './work.ts';

type BothTexts = ReturnType<typeof explainBoth>;

const texts = new WeakMap<Explanation, BothTexts>();

/**
 * An explanation in both languages, rendered once per (never mutated) explanation object: a
 * step's resolution is reused across requests (see look-ahead-cache.ts), its texts with it.
 */
function bothTexts(detail: Explanation): BothTexts {
  let known = texts.get(detail);
  if (known === undefined) texts.set(detail, (known = explainBoth(detail)));

  return known;
}

/** The structured, translatable form of a reason, stored next to its English `reason`. */
export function reasonFields(detail: Explanation) {
  return {
    reasonCode: detail.code,
    reasonParams: detail.params,
    reasonText: bothTexts(detail),
  };
}

/** Approvals the step needs: none when it decides itself, else per its mode and seats. */
function neededFor(config: ApprovalConfig, staffing: Staffing): number {
  return staffing.outcome === 'tasks' ? neededApprovals(config, staffing.seats.length) : 0;
}

/**
 * Records a new step on `node`: its counters start fresh, whoever was here before. The event
 * keeps why each person got a place (rules, org facts, fallback), so later org changes do not
 * rewrite history.
 */
export function enterStep(
  work: Work,
  entry: { token: TokenState; node: FlowNode; config: ApprovalConfig; staffing: Staffing },
): StepState {
  const { token, node, config, staffing } = entry;
  const { resolved, notes } = staffing;
  const step: StepState = {
    id: work.ctx.newId('step'),
    nodeId: node.id,
    round: work.state.round,
    status: 'active',
    mode: config.mode,
    needed: neededFor(config, staffing),
    tokenId: token.id,
    forks: token.forks,
    ...(token.after === undefined ? {} : { after: token.after }),
    startedAt: work.at,
  };
  work.state.steps.push(step);
  emit(work, 'step.entered', {
    nodeId: node.id,
    stepId: step.id,
    round: step.round,
    mode: step.mode,
    needed: step.needed,
    rules: config.approvers,
    assigneeIds: staffing.seats.map((seat) => seat.userId),
    facts: [...resolved.facts, ...notes.map((entry) => entry.text.en)],
    factDetails: resolved.factDetails,
    factTexts: [...resolved.factDetails.map(bothTexts), ...notes.map((entry) => entry.text)],
    ...(notes.length > 0 ? { notes } : {}),
    reason: resolved.reason,
    ...reasonFields(resolved.reasonDetail),
    fallback: resolved.fallback,
    initiatorSkipped: resolved.initiatorSkipped,
    skipped: staffing.skipped.map(({ userId, reasonDetail }) => ({
      userId,
      ...reasonFields(reasonDetail),
    })),
    ...(staffing.picked ? { picked: staffing.picked } : {}),
  });

  return step;
}

function addTask(work: Work, step: StepState, seat: Seat, status: TaskState['status']) {
  const task: TaskState = {
    id: work.ctx.newId('task'),
    stepId: step.id,
    nodeId: step.nodeId,
    assigneeId: seat.userId,
    status,
    ...(seat.auto ? { auto: seat.auto, decidedAt: work.at } : {}),
    createdAt: work.at,
    reason: seat.reason,
  };
  work.state.tasks.push(task);

  return task;
}

/** A part a policy approved in the person's name, recorded with the policy's reason. */
function autoApprove(work: Work, step: StepState, seat: Seat): void {
  const task = addTask(work, step, seat, 'approved');
  emit(work, 'task.auto-approved', {
    taskId: task.id,
    nodeId: task.nodeId,
    stepId: step.id,
    assigneeId: task.assigneeId,
    auto: seat.auto,
    reason: seat.reason,
    ...reasonFields(seat.reasonDetail),
  });
}

function ask(work: Work, step: StepState, seat: Seat, status: 'open' | 'waiting'): void {
  const task = applyDelegation(work, addTask(work, step, seat, status));
  emit(work, 'task.created', {
    taskId: task.id,
    nodeId: task.nodeId,
    stepId: step.id,
    assigneeId: task.assigneeId,
    ...(task.onBehalfOf === undefined ? {} : { onBehalfOf: task.onBehalfOf }),
    ...(status === 'waiting' ? { status } : {}),
    reason: task.reason,
    ...reasonFields(seat.reasonDetail),
  });
  if (status === 'open') notify(work, 'task-assigned', [task.assigneeId], task.id);
  if (status === 'open') taskOpened(work, task);
}

/**
 * Creates the step's tasks: parts approved by a policy first, then one task per person
 * (`sequential`: the first open, the others `waiting` in resolved order). Returns true when
 * the policy approvals alone complete the step; the people then get no task at all.
 */
export function seatTasks(work: Work, step: StepState, seats: readonly Seat[]): boolean {
  const automatic = seats.filter((seat) => seat.auto !== undefined);
  for (const seat of automatic) autoApprove(work, step, seat);
  if (automatic.length >= (step.needed ?? 1)) return true;
  const people = seats.filter((seat) => seat.auto === undefined);
  people.forEach((seat, index) => {
    const waits = step.mode === 'sequential' && index > 0;
    ask(work, step, seat, waits ? 'waiting' : 'open');
  });

  return false;
}
