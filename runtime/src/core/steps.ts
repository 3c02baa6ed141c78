import { runtimeError } from '../messages.ts';
import { onlyEdge } from './graph.ts';
import { runTokens } from './run.ts';
import type { StepState, TaskState } from './types.ts';
import { emit, follow, notify, unpark, updateStep, updateTask, type Work } from './work.ts';

/** Why an open task was closed without a decision of its own; recorded in 'task.cancelled'. */
export type CancelReason = 'decided-by-another' | 'returned' | 'rejected' | 'withdrawn';

function withComment<T extends object>(data: T, comment: string | undefined): T {
  return comment === undefined ? data : { ...data, comment };
}

function stepOf(work: Work, stepId: string): StepState {
  const step = work.state.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`task refers to missing step ${stepId}`);

  return step;
}

function cancelTasks(work: Work, tasks: readonly TaskState[], reason: CancelReason): void {
  for (const task of tasks) {
    updateTask(work, task.id, { status: 'cancelled', decidedAt: work.at });
    emit(work, 'task.cancelled', {
      taskId: task.id,
      nodeId: task.nodeId,
      stepId: task.stepId,
      assigneeId: task.assigneeId,
      reason,
    });
  }
}

function closeStep(work: Work, step: StepState, outcome: 'approved' | 'rejected'): void {
  updateStep(work, step.id, { status: outcome, endedAt: work.at });
  emit(work, 'step.completed', { stepId: step.id, nodeId: step.nodeId, outcome });
}

/**
 * Cancels every open task and active step and removes every token: the request stops moving
 * (returned, rejected or withdrawn).
 */
export function stopAll(work: Work, reason: Exclude<CancelReason, 'decided-by-another'>): void {
  const open = work.state.tasks.filter((task) => task.status === 'open');
  cancelTasks(work, open, reason);
  for (const step of work.state.steps) {
    if (step.status === 'active')
      updateStep(work, step.id, { status: 'cancelled', endedAt: work.at });
  }
  work.state.tokens.splice(0);
}

/**
 * Records an approval. The step completes when its mode is satisfied (`any`: this approval;
 * `all`: every task approved); the others' open tasks are then cancelled and the token moves on.
 */
export function approveTask(work: Work, task: TaskState, comment: string | undefined): void {
  const approved: Partial<TaskState> = { status: 'approved', decidedAt: work.at };
  updateTask(work, task.id, withComment(approved, comment));
  const where = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId };
  emit(work, 'task.approved', withComment(where, comment));
  const step = stepOf(work, task.stepId);
  const siblings = work.state.tasks.filter((candidate) => candidate.stepId === step.id);
  if (step.mode === 'all' && siblings.some((sibling) => sibling.status !== 'approved')) return;

  const others = siblings.filter((sibling) => sibling.status === 'open');
  cancelTasks(work, others, 'decided-by-another');
  closeStep(work, step, 'approved');
  const token = unpark(work, step.tokenId);
  if (!token) throw runtimeError('flow.stuck', { instanceId: work.state.id });
  runTokens(work, [follow(token, onlyEdge(work.graph, step.nodeId))]);
}

/**
 * Records a rejection: in either mode one rejection rejects the step, and the whole request
 * stops. `initiator` returns it for editing (status 'returned'); `end` rejects it for good.
 */
export function rejectTask(
  work: Work,
  task: TaskState,
  decision: { comment: string | undefined; target: 'initiator' | 'end' },
): void {
  const { comment, target } = decision;
  const where = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId };
  const rejected: Partial<TaskState> = { status: 'rejected', decidedAt: work.at };
  updateTask(work, task.id, withComment(rejected, comment));
  emit(work, 'task.rejected', withComment({ ...where, target }, comment));
  closeStep(work, stepOf(work, task.stepId), 'rejected');
  const returned = target === 'initiator';
  stopAll(work, returned ? 'returned' : 'rejected');

  work.state.status = returned ? 'returned' : 'rejected';
  if (!returned) work.state.endedAt = work.at;
  emit(work, returned ? 'instance.returned' : 'instance.rejected', withComment(where, comment));
  notify(work, returned ? 'returned' : 'rejected', [work.state.initiatorId]);
}
