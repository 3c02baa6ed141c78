import type { AppRouter } from '@baton/server/router';
import type { TRPCOptionsProxy, inferOutput } from '@trpc/tanstack-react-query';
import type { TFunction } from 'i18next';

/** One notification of the signed-in user, as `notifications.list` gives it. */
export type NotificationItem = inferOutput<
  TRPCOptionsProxy<AppRouter>['notifications']['list']
>[number];

type Kind = NotificationItem['kind'];

/** The message of each kind, under `lines.` in the `notifications` namespace. */
const LINE_KEYS = {
  'task-assigned': 'lines.taskAssigned',
  reminder: 'lines.reminder',
  urge: 'lines.urge',
  returned: 'lines.returned',
  cc: 'lines.cc',
  completed: 'lines.completed',
  rejected: 'lines.rejected',
  withdrawn: 'lines.withdrawn',
  terminated: 'lines.terminated',
  'task-removed': 'lines.taskRemoved',
} as const satisfies Record<Kind, string>;

/**
 * A notification in words, in the language of `t`: "王芳 urged you on 差旅报销 - 陈杰",
 * "New task: …", "Reminder: …". A line that names who acted says "someone" when nobody is known.
 */
export function notificationLine(
  item: Pick<NotificationItem, 'kind' | 'title' | 'actor'>,
  t: TFunction,
): string {
  const actor = item.actor?.name ?? t('someone', { ns: 'notifications' });

  return t(LINE_KEYS[item.kind], { ns: 'notifications', title: item.title, actor });
}
