import type { I18nText } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { flowVersionCache } from './flow-store.ts';
import { storageError } from './errors.ts';
import { NotificationKind } from './notifications-delivery.ts';
import { markRead, unreadCount, type ReadSelection } from './read-marks.ts';
import type { BatonDatabase } from './schema.ts';

type Db = Kysely<BatonDatabase>;

/** One line of a person's notifications (the bell), with what the line needs to be read. */
export type NotificationItem = {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly instanceId: string;
  readonly taskId: string | null;
  /** The request's stored title (zh-CN); readers localize it. */
  readonly title: string;
  readonly flowKey: string;
  readonly flowName: I18nText;
  /** Who caused it; null when Baton did on its own (a reminder, a timeout). */
  readonly actor: { readonly id: string; readonly name: string } | null;
  readonly createdAt: string;
  readonly readAt: string | null;
};

export type NotificationListOptions = {
  unreadOnly?: boolean | undefined;
  /** Default 50, at most 200. */
  limit?: number | undefined;
};

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/** Notifications of `userId`, newest first; only ever that person's. */
export async function listNotifications(
  db: Db,
  userId: string,
  options: NotificationListOptions = {},
): Promise<NotificationItem[]> {
  let query = db
    .selectFrom('notifications as n')
    .innerJoin('instances', 'instances.id', 'n.instance_id')
    .leftJoin('users as actor', 'actor.id', 'n.actor_id')
    .select([
      'n.id',
      'n.kind',
      'n.instance_id',
      'n.task_id',
      'n.actor_id',
      'n.created_at',
      'n.read_at',
      'instances.title',
      'instances.flow_key',
      'instances.flow_version',
      'actor.name as actor_name',
    ])
    .where('n.user_id', '=', userId);
  if (options.unreadOnly) query = query.where('n.read_at', 'is', null);
  const limit = Math.min(Math.max(options.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const rows = await query
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
  const flowOf = flowVersionCache(db);
  const items: NotificationItem[] = [];
  for (const row of rows) {
    const kind = NotificationKind.safeParse(row.kind);
    if (!kind.success)
      throw storageError('storage.corrupt-row', { table: 'notifications', id: row.id });
    const { bundle } = await flowOf(row.flow_key, row.flow_version);
    const actor = row.actor_id;
    items.push({
      id: row.id,
      kind: kind.data,
      instanceId: row.instance_id,
      taskId: row.task_id,
      title: row.title,
      flowKey: row.flow_key,
      flowName: bundle.flow.name,
      actor: actor === null ? null : { id: actor, name: row.actor_name ?? actor },
      createdAt: row.created_at,
      readAt: row.read_at,
    });
  }

  return items;
}

/** How many notifications of `userId` are unread (the bell's count). */
export function notificationUnreadCount(db: Db, userId: string): Promise<number> {
  return unreadCount(db, 'notifications', userId);
}

/** Which to mark read: the listed ones, or every one of the caller's. */
export type NotificationReadSelection = ReadSelection;

/** Marks unread items of `userId` read at `at` (see `markRead`). Returns how many changed. */
export function markNotificationsRead(
  db: Db,
  options: { userId: string; which: NotificationReadSelection; at: string },
): Promise<number> {
  return markRead(db, 'notifications', options);
}
