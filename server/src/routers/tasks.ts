import { I18nText, resolveText } from '@baton/schemas';
import { InstanceStatus } from '@baton/runtime';
import { z } from 'zod';
import { localizedTitles } from '../instances/titles.ts';
import { pickForTask } from '../instances/next-pick.ts';
import { authedProcedure, router } from '../trpc.ts';
import { Comment, IdempotencyKey, Person } from './shapes.ts';

const TaskId = z.string().min(1).max(200);
const Decision = z.object({
  taskId: TaskId,
  comment: Comment.optional(),
  idempotencyKey: IdempotencyKey.optional(),
});
const DecisionResult = z.object({ instanceId: z.string(), status: InstanceStatus });

/** Drops absent optionals, which exactOptionalPropertyTypes keeps apart from `undefined`. */
function optionals(input: { comment?: string | undefined; idempotencyKey?: string | undefined }) {
  return {
    ...(input.comment ? { comment: input.comment } : {}),
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
  };
}

export const tasksRouter = router({
  /** The caller's open tasks, oldest first. */
  inbox: authedProcedure
    .output(
      z.array(
        z.object({
          id: z.string(),
          instanceId: z.string(),
          nodeId: z.string(),
          nodeName: z.string(),
          flowKey: z.string(),
          flowName: z.string(),
          title: z.string(),
          initiator: Person,
          createdAt: z.string(),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const items = await ctx.engine.listInbox(ctx.user.id);
      const titleOf = await localizedTitles(
        ctx.db,
        items.map((item) => ({ id: item.instanceId, title: item.title })),
        ctx.locale,
      );

      return items.map((item) => ({
        ...item,
        title: titleOf({ id: item.instanceId, title: item.title }),
        nodeName: resolveText(item.nodeName, ctx.locale),
        flowName: resolveText(item.flowName, ctx.locale),
      }));
    }),

  /**
   * What the caller must pick when approving this task of theirs: the next step's approvers,
   * where its rule is `approverPicks` (send them as `nextApprovers`); null when nothing.
   */
  nextPick: authedProcedure
    .input(z.object({ taskId: TaskId }))
    .output(
      z
        .object({
          nodeId: z.string(),
          name: I18nText,
          multiple: z.boolean(),
          candidateIds: z.array(z.string()),
        })
        .nullable(),
    )
    .query(({ ctx, input }) => pickForTask(ctx, { taskId: input.taskId, userId: ctx.user.id })),

  /**
   * Approves a task of the caller (the engine refuses someone else's task). `nextApprovers`:
   * the people picked for the next step when `nextPick` asks for them.
   */
  approve: authedProcedure
    .input(
      Decision.extend({ nextApprovers: z.array(z.string().min(1).max(200)).max(50).optional() }),
    )
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.approve({
        taskId: input.taskId,
        actorId: ctx.user.id,
        ...optionals(input),
        ...(input.nextApprovers ? { nextApprovers: input.nextApprovers } : {}),
      });
      ctx.logger.info({ instanceId: view.id, taskId: input.taskId }, 'task approved');

      return { instanceId: view.id, status: view.status };
    }),

  /** Rejects a task: back to the initiator or ending the request (default: the node's rule). */
  reject: authedProcedure
    .input(Decision.extend({ target: z.enum(['initiator', 'end']).optional() }))
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.reject({
        taskId: input.taskId,
        actorId: ctx.user.id,
        ...optionals(input),
        ...(input.target ? { target: input.target } : {}),
      });
      ctx.logger.info({ instanceId: view.id, taskId: input.taskId }, 'task rejected');

      return { instanceId: view.id, status: view.status };
    }),
});
