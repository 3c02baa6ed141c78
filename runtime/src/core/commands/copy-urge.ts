import { runtimeError } from '../../messages.ts';
import { requireEnabled } from '../extra-tasks.ts';
import { policiesOf } from '../policies.ts';
import { withComment } from '../step-close.ts';
import type { Command } from '../types.ts';
import { emit, notify, type Work } from '../work.ts';

type Cc = Extract<Command, { type: 'cc' }>;
type Urge = Extract<Command, { type: 'urge' }>;

const MINUTE_MS = 60_000;

function commentOf(command: { comment?: string | undefined }): string | undefined {
  return command.comment?.trim() ? command.comment : undefined;
}

/** Most people one request can be copied to ad hoc: bounds the inboxes and the timeline. */
export const MAX_AD_HOC_COPIES = 200;

/**
 * Ad hoc CC: the initiator, or anyone who holds or held a task in the request, copies people
 * on it (`cc.not-participant` otherwise), in any status. Each must be known and enabled. People
 * copied ad hoc before, and the actor, are left out (`cc.nobody-new` when nobody is left), and a
 * request is copied to at most `MAX_AD_HOC_COPIES` people (`cc.too-many`): copying cannot be
 * used to flood someone's CC list or the timeline.
 */
export function copyPeople(work: Work, command: Cc): void {
  const { state } = work;
  const { actorId } = command;
  const participant =
    actorId === state.initiatorId || state.tasks.some((task) => task.assigneeId === actorId);
  if (!participant) throw runtimeError('cc.not-participant');
  const copied = new Set(state.copiedIds ?? []);
  const recipientIds = [...new Set(command.userIds)].filter(
    (userId) => userId !== actorId && !copied.has(userId),
  );
  if (recipientIds.length === 0) throw runtimeError('cc.nobody-new');
  if (copied.size + recipientIds.length > MAX_AD_HOC_COPIES)
    throw runtimeError('cc.too-many', { max: MAX_AD_HOC_COPIES });
  for (const userId of recipientIds) requireEnabled(work, userId);
  state.copiedIds = [...copied, ...recipientIds];
  emit(work, 'cc.sent', withComment({ adHoc: true, recipientIds }, commentOf(command)));
  notify(work, 'cc', recipientIds);
}

/**
 * 催办: the initiator reminds whoever holds an open task, at most once per the flow's
 * `urgeIntervalMinutes` (`urge.too-soon` says how many minutes are left, rounded up); not
 * while nobody holds an open task (a delay, `urge.nobody`), which would use up the interval.
 */
export function urge(work: Work, command: Urge): void {
  const { state } = work;
  if (command.actorId !== state.initiatorId)
    throw runtimeError('instance.not-initiator', { instanceId: state.id });
  if (state.status !== 'running')
    throw runtimeError('instance.not-running', { instanceId: state.id, status: state.status });
  if (state.urgedAt !== undefined) {
    const interval = policiesOf(work.bundle.flow).urgeIntervalMinutes * MINUTE_MS;
    const left = Date.parse(state.urgedAt) + interval - Date.parse(work.at);
    if (left > 0) throw runtimeError('urge.too-soon', { minutes: Math.ceil(left / MINUTE_MS) });
  }
  const open = state.tasks.filter((task) => task.status === 'open');
  const assigneeIds = [...new Set(open.map((task) => task.assigneeId))];
  if (assigneeIds.length === 0) throw runtimeError('urge.nobody');
  emit(work, 'instance.urged', withComment({ assigneeIds }, commentOf(command)));
  notify(work, 'urge', assigneeIds);
  state.urgedAt = work.at;
}
