import type { TaskState } from './types.ts';
import type { Work } from './work.ts';

/**
 * Call whenever a task becomes `open` (created open, its sequential turn, unblocked after a
 * signer or delegate decided, created by a transfer, escalation or added signer): schedules the
 * step's deadline timers for it (reminders, timeout; see `StepDeadline`). Notification and
 * the `task.created` / `task.opened` event stay with the caller.
 *
 * TODO(#4): being built (timers); a no-op until then.
 */
export function taskOpened(_work: Work, _task: TaskState): void {}
