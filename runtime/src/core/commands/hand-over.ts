import { runtimeError } from '../../messages.ts';
import { ownedSeatTask } from '../actionable.ts';
import { addExtraTask, nameOf, requireNewcomer } from '../extra-tasks.ts';
import { handTask } from '../hand-task.ts';
import { withComment } from '../step-close.ts';
import type { Command } from '../types.ts';
import { emit, updateTask, type Work } from '../work.ts';

type Transfer = Extract<Command, { type: 'transfer' }>;
type Delegate = Extract<Command, { type: 'delegate' }>;

function commentOf(command: { comment?: string | undefined }): string | undefined {
  return command.comment?.trim() ? command.comment : undefined;
}

/** 转交: the actor hands their open task to someone else for good (see `handTask`). */
export function transfer(work: Work, command: Transfer): void {
  const task = ownedSeatTask(work, command.taskId, command.actorId);
  const comment = commentOf(command);
  handTask(work, task, {
    kind: 'transfer',
    toUserId: command.toUserId,
    byUserId: command.actorId,
    comment,
  });
}

/**
 * 委派: the actor asks `toUserId` to decide first. The delegate gets an open task whose
 * decision is advice (it never counts for the step); the actor's task waits for it, then opens
 * again for the actor to finish.
 */
export function delegate(work: Work, command: Delegate): void {
  const task = ownedSeatTask(work, command.taskId, command.actorId);
  const { toUserId, actorId } = command;
  if (toUserId === task.assigneeId)
    throw runtimeError('task.same-assignee', { user: nameOf(work, toUserId) });
  requireNewcomer(work, task, toUserId);
  const advice = addExtraTask(work, {
    from: task,
    userId: toUserId,
    status: 'open',
    origin: { kind: 'delegate', byUserId: actorId, fromTaskId: task.id },
    reason: `Asked for advice by ${nameOf(work, actorId)}`,
  });
  updateTask(work, task.id, {
    status: 'waiting',
    blockedBy: [...(task.blockedBy ?? []), advice.id],
  });
  const data = {
    taskId: task.id,
    newTaskId: advice.id,
    nodeId: task.nodeId,
    stepId: task.stepId,
    toUserId: advice.assigneeId,
  };
  emit(work, 'task.delegated', withComment(data, commentOf(command)));
}
