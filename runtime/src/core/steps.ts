import { because } from '../approvers/explanations.ts';
import { personById } from '../approvers/names.ts';
import { runtimeError } from '../messages.ts';
import { stepRejected, tally } from './counting.ts';
import type { TaskPolicy } from './executors/types.ts';
import { opened } from './extra-tasks.ts';
import { onlyEdge } from './graph.ts';
import { runTokens } from './run.ts';
import { reasonFields } from './step-entry.ts';
import { cancelTasks, closeStep, endRejected, isPending, withComment } from './step-close.ts';
import { roleOf, seatsAmong } from './task-roles.ts';
import type { StepState, TaskState } from './types.ts';
import { emit, follow, unpark, updateStep, updateTask, type Work } from './work.ts';

export { stopAll, type CancelReason } from './step-close.ts';

export function stepOf(work: Work, stepId: string): StepState {
  const step = work.state.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`task refers to missing step ${stepId}`);

  return step;
}

export function tasksOf(work: Work, step: StepState): TaskState[] {
  return work.state.tasks.filter((task) => task.stepId === step.id);
}

/** Approvals that complete the step; states stored before `needed` existed count by mode. */
function neededOf(step: StepState, seatCount: number): number {
  if (step.needed !== undefined) return step.needed;

  return step.mode === 'any' ? 1 : seatCount;
}

/**
 * A sequential step's turn that cannot be given: its approver was disabled (or removed) since
 * the step was entered. The task is cancelled with the reason and the step needs one approval
 * less, both recorded in the event.
 */
function skipTurn(work: Work, step: StepState, task: TaskState): StepState {
  const needed = neededOf(step, seatsAmong(tasksOf(work, step)).length) - 1;
  const skipped = updateStep(work, step.id, { needed });
  const why = because('fact.turn-disabled', personById(work.ctx.org, task.assigneeId));
  cancelTasks(work, [task], 'assignee-disabled', { needed, ...reasonFields(why) });

  return skipped;
}

/**
 * Sequential steps: the next waiting seat's turn, in resolved order, skipping anyone disabled
 * since (a task is never opened for a disabled user). False when nobody is left.
 */
function openNext(work: Work, step: StepState): boolean {
  let current = step;
  const turns = seatsAmong(tasksOf(work, step)).filter(
    (task) => task.status === 'waiting' && !task.blockedBy?.length,
  );
  for (const next of turns) {
    const user = work.ctx.org.getUser(next.assigneeId);
    if (!user || user.disabled) {
      current = skipTurn(work, current, next);
      continue;
    }
    const task = updateTask(work, next.id, { status: 'open' });
    emit(work, 'task.opened', {
      taskId: next.id,
      nodeId: next.nodeId,
      stepId: next.stepId,
      assigneeId: next.assigneeId,
    });
    opened(work, task);

    return true;
  }

  return false;
}

/** The step is approved: what is still pending is cancelled and its token moves on. */
function completeStep(work: Work, step: StepState): void {
  cancelTasks(work, tasksOf(work, step).filter(isPending), 'decided-by-another');
  closeStep(work, step, 'approved');
  const token = unpark(work, step.tokenId);
  if (!token) throw runtimeError('flow.stuck', { instanceId: work.state.id });
  const left = Object.assign({}, token, { after: step.id });
  runTokens(work, [follow(left, onlyEdge(work.graph, step.nodeId))]);
}

/**
 * Decides, after any change to an active step (an approval, a signer removed, a decision
 * recalled, an advice given), whether it is complete: its seats' approvals reach `needed` and
 * every signer added to it approved. Delegates' decisions never count. A sequential step
 * otherwise gives the next seat its turn once the current one is over (its seat approved and
 * no added signer or delegate pending); when every later turn was skipped (disabled
 * approvers), the step completes with the approvals it has.
 */
export function settle(work: Work, stepId: string): void {
  const step = stepOf(work, stepId);
  if (step.status !== 'active') return;
  const tasks = tasksOf(work, step);
  const seats = seatsAmong(tasks);
  const approved = tally(seats.map((task) => task.status)).approved;
  const extras = tasks.filter((task) => roleOf(task, tasks) !== 'seat');
  const extrasPending = extras.some(isPending);
  const addedDone = extras.every((task) => roleOf(task, tasks) !== 'added' || !isPending(task));
  if (approved >= neededOf(step, seats.length)) {
    if (addedDone) completeStep(work, step);

    return;
  }
  if (step.mode !== 'sequential' || extrasPending) return;
  if (seats.some((task) => task.status === 'open' || (task.blockedBy?.length ?? 0) > 0)) return;
  if (!openNext(work, step)) completeStep(work, step);
}

/**
 * Tasks that waited for `decided` (a signer added before them, a delegate) no longer do; one
 * left waiting for nobody opens again.
 */
export function unblock(work: Work, decided: TaskState): void {
  const blocked = work.state.tasks.filter((task) => task.blockedBy?.includes(decided.id));
  for (const task of blocked) {
    const rest = (task.blockedBy ?? []).filter((id) => id !== decided.id);
    if (rest.length > 0 || task.status !== 'waiting') {
      updateTask(work, task.id, { blockedBy: rest });
      continue;
    }
    const { blockedBy: _left, ...free } = task;
    const reopened: TaskState = { ...free, status: 'open' };
    work.state.tasks[work.state.tasks.indexOf(task)] = reopened;
    const where = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId };
    emit(work, 'task.opened', { ...where, assigneeId: task.assigneeId });
    opened(work, reopened);
  }
}

/** Where a decision was made, and on whose behalf when a delegation gave the task. */
function decisionData(
  work: Work,
  task: TaskState,
  comment: string | undefined,
): Record<string, unknown> {
  const where = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId };
  const behalf = task.onBehalfOf === undefined ? where : { ...where, onBehalfOf: task.onBehalfOf };
  const advice = roleOf(task, work.state.tasks) === 'advice' ? { ...behalf, advice: true } : behalf;

  return withComment(advice, comment);
}

/**
 * Records an approval, then settles the step (see `settle`): a delegate's approval is advice
 * and hands the task back to the delegator; an added signer's lets whoever waited for them act.
 */
export function approveTask(work: Work, task: TaskState, comment: string | undefined): void {
  const approved: Partial<TaskState> = { status: 'approved', decidedAt: work.at };
  updateTask(work, task.id, withComment(approved, comment));
  emit(work, 'task.approved', decisionData(work, task, comment));
  unblock(work, task);
  settle(work, task.stepId);
}

/**
 * Records a rejection. A delegate's rejection is advice only (the delegator decides). An added
 * signer's rejection rejects the step like a veto: the step asked for their approval on top of
 * its own count. A seat's follows the node's reject policy (a veto always rejects; `first`: at
 * once; `threshold`: at the reject share or once approval can no longer be reached). A
 * rejected step stops the whole request, every parallel branch included: `initiator` returns
 * it for editing, `end` rejects it for good.
 */
export function rejectTask(
  work: Work,
  task: TaskState,
  decision: { comment: string | undefined; target: 'initiator' | 'end'; policy: TaskPolicy },
): void {
  const { comment, target, policy } = decision;
  const rejected: Partial<TaskState> = { status: 'rejected', decidedAt: work.at };
  updateTask(work, task.id, withComment(rejected, comment));
  const step = stepOf(work, task.stepId);
  const role = roleOf(task, work.state.tasks);
  const seats = seatsAmong(tasksOf(work, step));
  const veto = role === 'added' || policy.vetoUserIds.includes(task.assigneeId);
  const counts = tally(seats.map((t) => t.status));
  const needed = neededOf(step, seats.length);
  if (role === 'advice' || !stepRejected({ policy, tally: counts, needed, veto })) {
    emit(work, 'task.rejected', { ...decisionData(work, task, comment), stepRejected: false });
    unblock(work, task);
    settle(work, step.id);

    return;
  }
  const where = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId };
  emit(work, 'task.rejected', {
    ...decisionData(work, task, comment),
    target,
    ...(veto ? { veto } : {}),
  });
  closeStep(work, step, 'rejected');
  endRejected(work, target, { data: where, comment });
}
