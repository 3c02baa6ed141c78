import { because } from '../approvers/explanations.ts';
import { runtimeError } from '../messages.ts';
import { stepRejected, tally } from './counting.ts';
import type { TaskPolicy } from './executors/types.ts';
import { onlyEdge } from './graph.ts';
import { runTokens } from './run.ts';
import { reasonFields } from './step-entry.ts';
import { cancelTasks, closeStep, endRejected, isPending, withComment } from './step-close.ts';
import type { StepState, TaskState } from './types.ts';
import { emit, follow, notify, unpark, updateStep, updateTask, type Work } from './work.ts';

export { stopAll, type CancelReason } from './step-close.ts';

function stepOf(work: Work, stepId: string): StepState {
  const step = work.state.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`task refers to missing step ${stepId}`);

  return step;
}

function tasksOf(work: Work, step: StepState): TaskState[] {
  return work.state.tasks.filter((task) => task.stepId === step.id);
}

/** Approvals that complete the step; states stored before `needed` existed count by mode. */
function neededOf(step: StepState, taskCount: number): number {
  if (step.needed !== undefined) return step.needed;

  return step.mode === 'any' ? 1 : taskCount;
}

/**
 * A sequential step's turn that cannot be given: its approver was disabled (or removed) since
 * the step was entered. The task is cancelled with the reason and the step needs one approval
 * less, both recorded in the event.
 */
function skipTurn(work: Work, step: StepState, task: TaskState, user: string): StepState {
  const needed = neededOf(step, tasksOf(work, step).length) - 1;
  const skipped = updateStep(work, step.id, { needed });
  const why = because('fact.turn-disabled', { user });
  cancelTasks(work, [task], 'assignee-disabled', { needed, ...reasonFields(why) });

  return skipped;
}

/**
 * Sequential steps: the next waiting approver's turn, in resolved order, skipping anyone
 * disabled since (a task is never opened for a disabled user). False when nobody is left.
 */
function openNext(work: Work, step: StepState): boolean {
  let current = step;
  for (const next of tasksOf(work, step).filter((task) => task.status === 'waiting')) {
    const user = work.ctx.org.getUser(next.assigneeId);
    if (!user || user.disabled) {
      current = skipTurn(work, current, next, user?.username ?? next.assigneeId);
      continue;
    }
    updateTask(work, next.id, { status: 'open' });
    emit(work, 'task.opened', {
      taskId: next.id,
      nodeId: next.nodeId,
      stepId: next.stepId,
      assigneeId: next.assigneeId,
    });
    notify(work, 'task-assigned', [next.assigneeId], next.id);

    return true;
  }

  return false;
}

/**
 * Records an approval. The step completes once its approvals reach `needed` (`any`: one;
 * `all`, `sequential`: everyone; `percentage`: the stated share); the others' open and waiting
 * tasks are then cancelled and the token moves on. A sequential step otherwise opens the next
 * approver's task; when every later turn was skipped (disabled approvers), the step completes
 * with the approvals it has: this one, by a person, among them.
 */
export function approveTask(work: Work, task: TaskState, comment: string | undefined): void {
  const approved: Partial<TaskState> = { status: 'approved', decidedAt: work.at };
  updateTask(work, task.id, withComment(approved, comment));
  const where = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId };
  emit(work, 'task.approved', withComment(where, comment));
  const step = stepOf(work, task.stepId);
  const tasks = tasksOf(work, step);
  if (tally(tasks.map((t) => t.status)).approved < neededOf(step, tasks.length)) {
    if (step.mode !== 'sequential' || openNext(work, step)) return;
  }
  cancelTasks(work, tasksOf(work, step).filter(isPending), 'decided-by-another');
  closeStep(work, step, 'approved');
  const token = unpark(work, step.tokenId);
  if (!token) throw runtimeError('flow.stuck', { instanceId: work.state.id });
  runTokens(work, [follow(token, onlyEdge(work.graph, step.nodeId))]);
}

/**
 * Records a rejection. Whether it rejects the step follows the node's reject policy (a veto
 * always does; `first`: at once; `threshold`: at the reject share or once approval can no
 * longer be reached). A rejected step stops the whole request, every parallel branch
 * included: `initiator` returns it for editing, `end` rejects it for good.
 */
export function rejectTask(
  work: Work,
  task: TaskState,
  decision: { comment: string | undefined; target: 'initiator' | 'end'; policy: TaskPolicy },
): void {
  const { comment, target, policy } = decision;
  const where = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId };
  const rejected: Partial<TaskState> = { status: 'rejected', decidedAt: work.at };
  updateTask(work, task.id, withComment(rejected, comment));
  const step = stepOf(work, task.stepId);
  const tasks = tasksOf(work, step);
  const veto = policy.vetoUserIds.includes(task.assigneeId);
  const counts = tally(tasks.map((t) => t.status));
  if (!stepRejected({ policy, tally: counts, needed: neededOf(step, tasks.length), veto })) {
    const kept = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId, stepRejected: false };
    emit(work, 'task.rejected', withComment(kept, comment));

    return;
  }
  const data = Object.assign({}, where, veto ? { target, veto } : { target });
  emit(work, 'task.rejected', withComment(data, comment));
  closeStep(work, step, 'rejected');
  endRejected(work, target, { data: where, comment });
}
