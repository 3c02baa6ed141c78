import { InstanceStatus } from '@baton/runtime';
import { z } from 'zod';
import { applyHandover, HandoverResult } from '../admin/handover-apply.ts';
import { handoverView, HandoverView } from '../admin/handover.ts';
import { adminProcedure, router } from '../trpc.ts';
import { FlowKey } from './shapes.ts';

const Id = z.string().min(1).max(200);
/** Every admin intervention needs a reason: it is recorded in the request's timeline. */
const Reason = z.string().trim().min(1).max(2000);
const Result = z.object({ id: z.string(), status: InstanceStatus });

/** Admin interventions on running requests and handover of someone's work. Admins only. */
export const adminRouter = router({
  /** Ends a running or returned request for good. */
  terminate: adminProcedure
    .input(z.object({ instanceId: Id, reason: Reason }))
    .output(Result)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.terminate({ ...input, actorId: ctx.user.id });
      ctx.logger.info({ instanceId: view.id, actorId: ctx.user.id }, 'request terminated');

      return { id: view.id, status: view.status };
    }),

  /** Gives an open or waiting task to someone else (the old assignee can no longer act). */
  reassign: adminProcedure
    .input(z.object({ taskId: Id, toUserId: Id, reason: Reason }))
    .output(Result)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.reassign({ ...input, actorId: ctx.user.id });
      ctx.logger.info(
        { instanceId: view.id, taskId: input.taskId, toUserId: input.toUserId },
        'task reassigned',
      );

      return { id: view.id, status: view.status };
    }),

  /** Stops the request's open steps and moves it to an approval step or an end. */
  jump: adminProcedure
    .input(z.object({ instanceId: Id, nodeId: z.string().min(1).max(64), reason: Reason }))
    .output(Result)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.jump({ ...input, actorId: ctx.user.id });
      ctx.logger.info({ instanceId: view.id, nodeId: input.nodeId }, 'request jumped');

      return { id: view.id, status: view.status };
    }),

  /** What `userId` would hand over: open and waiting tasks, and flows that name them. */
  handover: adminProcedure
    .input(z.object({ userId: Id }))
    .output(HandoverView)
    .query(({ ctx, input }) => handoverView(ctx, { userId: input.userId, locale: ctx.locale })),

  /**
   * Reassigns the chosen tasks of `fromUserId` to `toUserId` and replaces them in the chosen
   * flows' drafts (saved, not published). Results per task and per flow.
   */
  handoverApply: adminProcedure
    .input(
      z.object({
        fromUserId: Id,
        toUserId: Id,
        taskIds: z.array(Id).max(1000),
        flowKeys: z.array(FlowKey).max(200).optional(),
        reason: Reason,
      }),
    )
    .output(HandoverResult)
    .mutation(({ ctx, input }) =>
      applyHandover({ ...ctx, actorId: ctx.user.id }, { ...input, flowKeys: input.flowKeys ?? [] }),
    ),
});
