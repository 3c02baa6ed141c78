import { deadlineOf, dueAfter, schedule } from './deadlines.ts';
import type { TaskState } from './types.ts';
import { updateTask, type Work } from './work.ts';

/**
 * Call whenever a task becomes `open` (created open, its sequential turn, unblocked after a
 * signer or delegate decided, created by a transfer, escalation or added signer): schedules the
 * step's deadline timers for it (see `StepDeadline`), counted from now in calendar or working
 * time: the next reminder (`n` = reminders sent so far + 1) after `everyMinutes`, and the
 * timeout after `afterMinutes`. Nothing when the step has no deadline. Notification and the
 * `task.created` / `task.opened` event stay with the caller.
 *
 * A task opened again (after a delegate answered) gets fresh timers; the earlier ones find
 * their reminder already counted, or (timeouts) an `openedAt` that is no longer the task's,
 * and do nothing.
 */
export function taskOpened(work: Work, task: TaskState): void {
  const deadline = deadlineOf(work, task.nodeId);
  if (!deadline) return;
  const { remind, timeout, time } = deadline;
  if (remind) {
    const n = (task.reminders ?? 0) + 1;
    if (n <= remind.times)
      schedule(work, dueAfter(work, remind.everyMinutes, time), {
        kind: 'remind',
        taskId: task.id,
        n,
      });
  }
  if (timeout) {
    updateTask(work, task.id, { openedAt: work.at });
    schedule(work, dueAfter(work, timeout.afterMinutes, time), {
      kind: 'timeout',
      taskId: task.id,
      openedAt: work.at,
    });
  }
}
