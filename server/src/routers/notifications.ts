import { resolveText } from '@baton/schemas';
import {
  listNotifications,
  markNotificationsRead,
  NotificationKind,
  notificationUnreadCount,
} from '@baton/runtime/storage';
import { z } from 'zod';
import { localizedTitles } from '../instances/titles.ts';
import { authedProcedure, router } from '../trpc.ts';
import { Person, ReadMarks, readSelection } from './shapes.ts';

const NotificationEntry = z.object({
  id: z.string(),
  /** `task-assigned`, `reminder`, `urge`, `returned`, `cc`, `completed`, `rejected`, … */
  kind: NotificationKind,
  instanceId: z.string(),
  taskId: z.string().nullable(),
  /** The request's title in the caller's language. */
  title: z.string(),
  flowName: z.string(),
  /** Who caused it; null when Baton did on its own (a reminder). */
  actor: Person.nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/**
 * The caller's in-app notifications (the bell): new tasks, reminders, urges, returns, copies
 * and outcomes of their requests, delivered by the notification worker. Nobody sees or marks
 * anyone else's.
 */
export const notificationsRouter = router({
  /** The caller's notifications, newest first (`limit`: default 50, at most 200). */
  list: authedProcedure
    .input(
      z
        .object({
          unreadOnly: z.boolean().optional(),
          limit: z.number().int().min(1).max(200).optional(),
        })
        .optional(),
    )
    .output(z.array(NotificationEntry))
    .query(async ({ ctx, input }) => {
      const items = await listNotifications(ctx.db, ctx.user.id, {
        unreadOnly: input?.unreadOnly,
        limit: input?.limit,
      });
      const requests = items.map((item) => ({ id: item.instanceId }));
      const titleOf = await localizedTitles(ctx.db, requests, {
        user: ctx.user,
        locale: ctx.locale,
      });

      return items.map((item) => ({
        id: item.id,
        kind: item.kind,
        instanceId: item.instanceId,
        taskId: item.taskId,
        title: titleOf({ id: item.instanceId }),
        flowName: resolveText(item.flowName, ctx.locale),
        actor: item.actor,
        createdAt: item.createdAt,
        readAt: item.readAt,
      }));
    }),

  /** How many of the caller's notifications are unread (the bell's count). */
  unreadCount: authedProcedure
    .output(z.number().int())
    .query(({ ctx }) => notificationUnreadCount(ctx.db, ctx.user.id)),

  /**
   * Marks the caller's notifications read: every one with `all: true`, else those in `ids` (ids
   * of anyone else's change nothing). `updated`: how many were unread before.
   */
  markRead: authedProcedure
    .input(ReadMarks)
    .output(z.object({ updated: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const which = readSelection(input);
      const at = ctx.now().toISOString();

      return { updated: await markNotificationsRead(ctx.db, { userId: ctx.user.id, which, at }) };
    }),
});
