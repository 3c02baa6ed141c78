import { runtimeError } from '../messages.ts';
import { nameOf, requireNewcomer } from './extra-tasks.ts';
import { replaceTask } from './replace-task.ts';
import type { TaskState } from './types.ts';
import { notify, type Work } from './work.ts';

/** How a task changes hands for good (see `TaskOrigin`). */
export type HandKind = 'transfer' | 'reassign' | 'escalate' | 'handover';

const REASONS: Record<HandKind, string> = {
  transfer: 'Transferred by',
  reassign: 'Reassigned by an admin,',
  escalate: 'Escalated after the step timed out, from',
  handover: 'Handed over by an admin, from',
};

/**
 * Hands an open or waiting task to `toUserId` for good, after checking to whom (see
 * `replaceTask`): the old assignee can no longer act on it (`task.transferred`), and is told
 * when an admin or a timeout took it. Refuses an unknown or disabled user, the current
 * assignee (`task.same-assignee`), someone already pending in the step, and the initiator
 * unless the flow allows self-approval.
 */
export function handTask(
  work: Work,
  task: TaskState,
  hand: {
    kind: HandKind;
    toUserId: string;
    byUserId: string | null;
    comment?: string | undefined;
    reason?: string | undefined;
  },
): TaskState {
  const { kind, toUserId } = hand;
  if (toUserId === task.assigneeId)
    throw runtimeError('task.same-assignee', { user: nameOf(work, toUserId) });
  requireNewcomer(work, task, toUserId);
  const next = replaceTask(work, task, {
    toUserId,
    kind,
    byUserId: hand.byUserId,
    taskReason: `${REASONS[kind]} ${nameOf(work, hand.byUserId ?? task.assigneeId)}`,
    comment: hand.comment,
    reason: hand.reason,
  });
  if (kind !== 'transfer') notify(work, 'task-removed', [task.assigneeId], task.id);
  moveBlocks(work, task, next);

  return next;
}

/** Whoever waited for the old task (a signer added before them, say) waits for the new one. */
function moveBlocks(work: Work, from: TaskState, to: TaskState): void {
  const { tasks } = work.state;
  tasks.forEach((task, index) => {
    if (!task.blockedBy?.includes(from.id)) return;
    tasks[index] = {
      ...task,
      blockedBy: task.blockedBy.map((id) => (id === from.id ? to.id : id)),
    };
  });
}
