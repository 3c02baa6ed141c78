import type { TimelineEntry } from '../../api/types.ts';
import { read } from './timeline-context.ts';

/** The event that told why tasks closed: its type and data. */
export type ClosingEvent = Pick<TimelineEntry, 'type' | 'data'>;

/**
 * For each task a `task.cancelled` event closed, the event that came right after its run of
 * cancellations: the core closes the pending tasks first and then records what closed them
 * (`instance.returned`, `step.returned-to`, `instance.jumped`, `instance.terminated`,
 * `task.signer-removed`, …), so that event tells a return from a rejection and where a jump
 * went. By the closed task's id (a task closes once).
 */
export function closingEvents(
  timeline: readonly TimelineEntry[],
): ReadonlyMap<string, ClosingEvent> {
  const closing = new Map<string, ClosingEvent>();
  let closed: string[] = [];
  for (const entry of timeline) {
    if (entry.type === 'task.cancelled') {
      const taskId = read(entry.data, 'taskId');
      if (taskId !== undefined) closed.push(taskId);
      continue;
    }
    for (const taskId of closed) closing.set(taskId, { type: entry.type, data: entry.data });
    closed = [];
  }

  return closing;
}
