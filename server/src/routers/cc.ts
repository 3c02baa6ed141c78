import { resolveText } from '@baton/schemas';
import { z } from 'zod';
import { localizedTitles } from '../instances/titles.ts';
import { authedProcedure, router } from '../trpc.ts';
import { Person, ReadMarks, readSelection } from './shapes.ts';

const CcEntry = z.object({
  id: z.string(),
  instanceId: z.string(),
  title: z.string(),
  flowName: z.string(),
  /** Who copied the caller; null when a CC step of the flow did. */
  by: Person.nullable(),
  /** The CC step's name; null for an ad hoc copy. */
  nodeName: z.string().nullable(),
  comment: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/** The caller's CC inbox (抄送): copies of requests sent to them, read and unread. */
export const ccRouter = router({
  /** Copies sent to the caller, newest first (the latest 200). */
  list: authedProcedure
    .input(z.object({ unreadOnly: z.boolean().optional() }).optional())
    .output(z.array(CcEntry))
    .query(async ({ ctx, input }) => {
      const items = await ctx.engine.listCc(ctx.user.id, { unreadOnly: input?.unreadOnly });
      const requests = items.map((item) => ({ id: item.instanceId }));
      const titleOf = await localizedTitles(ctx.db, requests, {
        user: ctx.user,
        locale: ctx.locale,
      });

      return items.map((item) => ({
        id: item.id,
        instanceId: item.instanceId,
        title: titleOf({ id: item.instanceId }),
        flowName: resolveText(item.flowName, ctx.locale),
        by: item.by,
        nodeName: item.nodeName === null ? null : resolveText(item.nodeName, ctx.locale),
        comment: item.comment,
        createdAt: item.createdAt,
        readAt: item.readAt,
      }));
    }),

  /** How many copies the caller has not read (the badge). */
  unreadCount: authedProcedure
    .output(z.number().int())
    .query(({ ctx }) => ctx.engine.ccUnreadCount(ctx.user.id)),

  /**
   * Marks the caller's copies read: every one with `all: true`, else those in `ids` (ids of
   * anyone else's copies change nothing). `updated`: how many were unread before.
   */
  markRead: authedProcedure
    .input(ReadMarks)
    .output(z.object({ updated: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const which = readSelection(input);

      return { updated: await ctx.engine.markCcRead(ctx.user.id, which) };
    }),
});
