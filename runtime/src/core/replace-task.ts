import { applyDelegation } from './delegation.ts';
import { taskOpened } from './task-open.ts';
import type { TaskOrigin, TaskState } from './types.ts';
import { emit, notify, updateTask, type Work } from './work.ts';

/** How and why a task is handed to someone else for good (see `replaceTask`). */
export type Replacement = {
  readonly toUserId: string;
  readonly kind: Extract<TaskOrigin['kind'], 'transfer' | 'reassign' | 'escalate' | 'handover'>;
  /** Who did it; null for the system (a timeout's escalation). */
  readonly byUserId: string | null;
  /** Why the new assignee has the task, kept on it like a step rule's reason. */
  readonly taskReason: string;
  readonly comment?: string | undefined;
  readonly reason?: string | undefined;
};

/**
 * Hands `task` (open or waiting) to `toUserId` for good: the task is cancelled and a new one
 * takes its place right after it (so a sequential step keeps its order), in the same status,
 * waiting for the same tasks, with origin {kind, byUserId, fromTaskId}. Out-of-office
 * delegations of the new person apply. Records `task.transferred` {taskId, newTaskId, nodeId,
 * stepId, fromUserId, toUserId, kind, comment?, reason?}; an open task is notified and gets
 * its deadline timers afresh. Checks on who may do it, and to whom, stay with the caller.
 */
export function replaceTask(work: Work, task: TaskState, change: Replacement): TaskState {
  updateTask(work, task.id, { status: 'cancelled', decidedAt: work.at });
  const status = task.status === 'waiting' ? 'waiting' : 'open';
  const created: TaskState = {
    id: work.ctx.newId('task'),
    stepId: task.stepId,
    nodeId: task.nodeId,
    assigneeId: change.toUserId,
    status,
    createdAt: work.at,
    reason: change.taskReason,
    origin: { kind: change.kind, byUserId: change.byUserId, fromTaskId: task.id },
    ...(task.blockedBy === undefined ? {} : { blockedBy: [...task.blockedBy] }),
  };
  const { tasks } = work.state;
  tasks.splice(tasks.findIndex((candidate) => candidate.id === task.id) + 1, 0, created);
  emit(work, 'task.transferred', {
    taskId: task.id,
    newTaskId: created.id,
    nodeId: task.nodeId,
    stepId: task.stepId,
    fromUserId: task.assigneeId,
    toUserId: change.toUserId,
    kind: change.kind,
    ...(change.comment === undefined ? {} : { comment: change.comment }),
    ...(change.reason === undefined ? {} : { reason: change.reason }),
  });
  const given = applyDelegation(work, created);
  if (status === 'open') {
    notify(work, 'task-assigned', [given.assigneeId], given.id);
    taskOpened(work, given);
  }

  return given;
}
