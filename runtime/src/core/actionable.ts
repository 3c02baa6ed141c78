import { runtimeError } from '../messages.ts';
import { nameOf } from './extra-tasks.ts';
import { replacementOf, roleOf } from './task-roles.ts';
import type { TaskState } from './types.ts';
import type { Work } from './work.ts';

export function findTask(work: Work, taskId: string): TaskState {
  const task = work.state.tasks.find((candidate) => candidate.id === taskId);
  if (!task) throw runtimeError('task.not-found', { taskId });

  return task;
}

/** Refuses any command on a request that is not running. */
export function requireRunning(work: Work): void {
  const { status, id } = work.state;
  if (status !== 'running') throw runtimeError('instance.not-running', { instanceId: id, status });
}

/**
 * The open task the actor may act on. Checks run in this order: the task exists, the actor is
 * its assignee, it was not handed to someone else (`task.transferred`, even from a stale
 * page), it does not wait for others (`task.waiting-for-others`: an added signer, a delegate)
 * or its turn (sequential steps), it is still open, the request is running.
 */
export function actionableTask(work: Work, taskId: string, actorId: string): TaskState {
  const task = findTask(work, taskId);
  if (task.assigneeId !== actorId) throw runtimeError('task.not-assignee', { taskId });
  const successor = replacementOf(work.state, task);
  if (successor) throw runtimeError('task.transferred', { to: nameOf(work, successor.assigneeId) });
  if (task.status === 'waiting') {
    const blockers = work.state.tasks.filter((other) => task.blockedBy?.includes(other.id));
    if (blockers.length === 0) throw runtimeError('task.not-your-turn', { taskId });
    const who = blockers.map((other) => nameOf(work, other.assigneeId)).join(', ');
    throw runtimeError('task.waiting-for-others', { who });
  }
  if (task.status !== 'open') throw runtimeError('task.already-decided', { taskId });
  requireRunning(work);

  return task;
}

/**
 * An open task of the actor's that may do more than approve or reject (return, transfer,
 * delegate, add signers): a delegate's task is advice only (`task.advice-only`).
 */
export function ownedSeatTask(work: Work, taskId: string, actorId: string): TaskState {
  const task = actionableTask(work, taskId, actorId);
  if (roleOf(task, work.state.tasks) === 'advice')
    throw runtimeError('task.advice-only', { taskId });

  return task;
}

/** An admin's reason must not be blank (`action.reason-required`). */
export function requireReason(reason: string): string {
  if (reason.trim() === '') throw runtimeError('action.reason-required');

  return reason;
}
