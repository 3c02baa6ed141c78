import { I18nText, resolveText } from '@baton/schemas';
import { z } from 'zod';
import { hasRole } from '../auth/user.ts';
import { localizedTitles } from '../instances/titles.ts';
import { pickForTask } from '../instances/next-pick.ts';
import { approveMany, ApproveManyResult, MAX_BATCH_APPROVALS } from '../tasks/approve-many.ts';
import { authedProcedure, router } from '../trpc.ts';
import { Comment, Person } from './shapes.ts';
import { Decision, DecisionResult, optionals, TaskId, taskActions } from './task-actions.ts';

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
          /** The person a delegation took the task from: the caller acts on their behalf. */
          onBehalfOf: Person.nullable(),
          /** How the task came to the caller when not from the step's rules (`transfer`, …). */
          originKind: z.string().nullable(),
          /** Whether the step allows approving this task with `approveMany`. */
          batchApprove: z.boolean(),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const items = await ctx.engine.listInbox(ctx.user.id);
      const requests = items.map((item) => ({ id: item.instanceId }));
      const titleOf = await localizedTitles(ctx.db, requests, {
        user: ctx.user,
        locale: ctx.locale,
      });

      return items.map((item) => ({
        id: item.id,
        instanceId: item.instanceId,
        nodeId: item.nodeId,
        nodeName: resolveText(item.nodeName, ctx.locale),
        flowKey: item.flowKey,
        flowName: resolveText(item.flowName, ctx.locale),
        title: titleOf({ id: item.instanceId }),
        initiator: item.initiator,
        createdAt: item.createdAt,
        onBehalfOf: item.onBehalfOf,
        originKind: item.originKind,
        batchApprove: item.batchApprove,
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
   * the people picked for the next step when `nextPick` asks for them. `values`: edits of the
   * fields the task's step lets the caller edit (`editableFields` of `instances.get`), by key;
   * a key the step does not allow is refused with `form.field.not-editable`, audited, and
   * nothing changes.
   */
  approve: authedProcedure
    .input(
      Decision.extend({
        nextApprovers: z.array(z.string().min(1).max(200)).max(50).optional(),
        values: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.approve({
        taskId: input.taskId,
        actorId: ctx.user.id,
        ...optionals(input),
        ...(input.nextApprovers ? { nextApprovers: input.nextApprovers } : {}),
        ...(input.values
          ? { values: input.values, locale: ctx.locale, canReadAll: hasRole(ctx.user, 'admin') }
          : {}),
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

  /**
   * Approves up to 100 tasks of the caller, each on its own: one result per task (duplicates
   * once), in order; a refused task does not stop the others (see `approveMany`).
   */
  approveMany: authedProcedure
    .input(
      z.object({
        taskIds: z.array(TaskId).min(1).max(MAX_BATCH_APPROVALS),
        comment: Comment.optional(),
      }),
    )
    .output(ApproveManyResult)
    .mutation(({ ctx, input }) =>
      approveMany(
        { ...ctx, userId: ctx.user.id },
        { taskIds: input.taskIds, comment: input.comment },
      ),
    ),

  ...taskActions,
});
