import { deadlineOf, dueAfter, schedule } from '../deadlines.ts';
import { onlyEdge } from '../graph.ts';
import { runTokens } from '../run.ts';
import { timeOut } from '../timeout.ts';
import type { Command, TaskState, Timer } from '../types.ts';
import { emit, follow, notify, unpark, updateTask, type Work } from '../work.ts';

type TimerOf<K extends Timer['kind']> = Extract<Timer, { kind: K }>;

function openTask(work: Work, taskId: string): TaskState | undefined {
  const task = work.state.tasks.find((candidate) => candidate.id === taskId);

  return task?.status === 'open' ? task : undefined;
}

/**
 * The `n`th reminder of an open task, when it is the next one due (`reminders` + 1): counted,
 * recorded and sent; the one after it, if any is left, is scheduled from now, so after
 * downtime an overdue reminder is sent once and the next counts from then.
 */
function remind(work: Work, timer: TimerOf<'remind'>): void {
  const task = openTask(work, timer.taskId);
  const settings = task && deadlineOf(work, task.nodeId);
  const every = settings?.remind;
  if (!task || !settings || !every || timer.n !== (task.reminders ?? 0) + 1) return;
  updateTask(work, task.id, { reminders: timer.n });
  const { assigneeId } = task;
  emit(work, 'task.reminded', { taskId: task.id, assigneeId, n: timer.n, of: every.times });
  notify(work, 'reminder', [assigneeId], task.id);
  if (timer.n < every.times) {
    const next = { kind: 'remind', taskId: task.id, n: timer.n + 1 } as const;
    schedule(work, dueAfter(work, every.everyMinutes, settings.time), next);
  }
}

/** The timeout of a task still open: acted on as the step's deadline says (see timeout.ts). */
function timeout(work: Work, timer: TimerOf<'timeout'>): void {
  const found = openTask(work, timer.taskId);
  const current = timer.openedAt === undefined || found?.openedAt === timer.openedAt;
  const task = current ? found : undefined;
  const action = task && deadlineOf(work, task.nodeId)?.timeout;
  if (task && action) timeOut(work, task, action);
}

/** A token waiting on a delay node whose moment came: it moves on along the node's edge. */
function endDelay(work: Work, timer: TimerOf<'delay'>): void {
  const { tokenId, nodeId } = timer;
  const parked = work.state.tokens.find(
    (token) => token.id === tokenId && token.nodeId === nodeId && token.until !== undefined,
  );
  if (!parked) return;
  unpark(work, tokenId);
  const token = Object.assign({}, parked);
  delete token.until;
  emit(work, 'delay.ended', { nodeId, tokenId });
  runTokens(work, [follow(token, onlyEdge(work.graph, nodeId))]);
}

/**
 * A timer came due (issued by the worker as `SYSTEM_ACTOR`; its events carry `actorId: null`).
 * A timer that finds the request no longer running, its task decided, cancelled or replaced,
 * its reminder already sent, or its token moved on does nothing at all: no events, no effects,
 * so the storage writes nothing and stale or repeated timers are harmless.
 */
export function fireTimer(work: Work, command: Extract<Command, { type: 'timer' }>): void {
  if (work.state.status !== 'running') return;
  const { timer } = command;
  switch (timer.kind) {
    case 'remind':
      return remind(work, timer);
    case 'timeout':
      return timeout(work, timer);
    case 'delay':
      return endDelay(work, timer);
  }
}
