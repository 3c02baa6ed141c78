import { runtimeError } from '../messages.ts';
import { applyDelegation } from './delegation.ts';
import { policiesOf } from './policies.ts';
import { isPending } from './step-close.ts';
import { taskOpened } from './task-open.ts';
import type { TaskOrigin, TaskState } from './types.ts';
import { notify, type Work } from './work.ts';

/** A person's display name, their id when the org no longer knows them. */
export function nameOf(work: Work, userId: string): string {
  return work.ctx.org.getUser(userId)?.name ?? userId;
}

/** Refuses a user the org does not know or who is disabled (`action.unknown-user`). */
export function requireEnabled(work: Work, userId: string): void {
  const user = work.ctx.org.getUser(userId);
  if (!user || user.disabled) throw runtimeError('action.unknown-user', { user: userId });
}

/**
 * Checks that `userId` may get a new task in the step of `task`: known and enabled, holding no
 * pending task there (nor `alsoRefused`, say an approval already given), and not the initiator
 * unless the flow allows self-approval.
 */
export function requireNewcomer(
  work: Work,
  task: TaskState,
  userId: string,
  alsoRefused: (other: TaskState) => boolean = () => false,
): void {
  requireEnabled(work, userId);
  const present = work.state.tasks.some(
    (other) =>
      other.stepId === task.stepId &&
      other.assigneeId === userId &&
      (isPending(other) || alsoRefused(other)),
  );
  if (present) throw runtimeError('signer.already-present', { user: nameOf(work, userId) });
  const { initiatorId } = work.state;
  if (userId === initiatorId && !policiesOf(work.bundle.flow).allowSelfApproval)
    throw runtimeError('action.self-approval', { user: nameOf(work, userId) });
}

/** What a task created by an action (not by the step's rules) needs. */
export type ExtraTask = {
  /** The task it comes from: same step and node; the new task is placed right after it. */
  readonly from: TaskState;
  readonly userId: string;
  readonly status: 'open' | 'waiting';
  readonly origin: TaskOrigin;
  readonly reason: string;
  readonly blockedBy?: readonly string[] | undefined;
};

/**
 * Creates a task on `spec.from`'s step for `spec.userId` (or their out-of-office delegate, see
 * `applyDelegation`), placed right after `after` so a sequential step keeps its order, then
 * schedules its timers and notifies its assignee when it is open.
 */
export function addExtraTask(work: Work, spec: ExtraTask, after: TaskState = spec.from): TaskState {
  const { from, status } = spec;
  const created: TaskState = {
    id: work.ctx.newId('task'),
    stepId: from.stepId,
    nodeId: from.nodeId,
    assigneeId: spec.userId,
    status,
    createdAt: work.at,
    reason: spec.reason,
    origin: spec.origin,
    ...(spec.blockedBy?.length ? { blockedBy: [...spec.blockedBy] } : {}),
  };
  const { tasks } = work.state;
  const index = tasks.findIndex((candidate) => candidate.id === after.id);
  tasks.splice(index < 0 ? tasks.length : index + 1, 0, created);
  const task = applyDelegation(work, created);
  if (status === 'open') opened(work, task);

  return task;
}

/** A task became open: its deadline timers start and its assignee is told. */
export function opened(work: Work, task: TaskState): void {
  taskOpened(work, task);
  notify(work, 'task-assigned', [task.assigneeId], task.id);
}
