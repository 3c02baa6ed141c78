import { InstanceStatus, returnTargets } from '@baton/runtime';
import { z } from 'zod';
import { hasRole } from '../auth/user.ts';
import { loadOwnTask, nodeNameOf } from '../tasks/own-task.ts';
import { authedProcedure } from '../trpc.ts';
import { Comment, IdempotencyKey } from './shapes.ts';

export const TaskId = z.string().min(1).max(200);
const UserId = z.string().min(1).max(200);

export const Decision = z.object({
  taskId: TaskId,
  comment: Comment.optional(),
  idempotencyKey: IdempotencyKey.optional(),
});
export const DecisionResult = z.object({ instanceId: z.string(), status: InstanceStatus });

/** Drops absent optionals, which exactOptionalPropertyTypes keeps apart from `undefined`. */
export function optionals(input: {
  comment?: string | undefined;
  idempotencyKey?: string | undefined;
}) {
  return {
    ...(input.comment ? { comment: input.comment } : {}),
    ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
  };
}

const Hand = Decision.extend({ toUserId: UserId });
const NodeRef = z.object({ nodeId: z.string(), name: z.string() });

/**
 * What the holder of a task may do besides deciding it. Each is the caller's own action on their
 * own task (the engine refuses someone else's with `task.not-assignee`) and is recorded in the
 * request's timeline.
 */
export const taskActions = {
  /**
   * Sends the request back without rejecting it: to the initiator, the previous approval step,
   * or an earlier one (`nodeId`), where the step allows it (`return.not-allowed` otherwise).
   */
  return: authedProcedure
    .input(
      Decision.extend({
        to: z.enum(['initiator', 'previous', 'node']),
        nodeId: z.string().min(1).max(64).optional(),
      }),
    )
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.returnTask({
        taskId: input.taskId,
        actorId: ctx.user.id,
        to: input.to,
        ...(input.nodeId ? { nodeId: input.nodeId } : {}),
        ...optionals(input),
      });
      ctx.logger.info({ instanceId: view.id, taskId: input.taskId, to: input.to }, 'task returned');

      return { instanceId: view.id, status: view.status };
    }),

  /** Where the caller may send their task's request back (for the return dialog). */
  returnTargets: authedProcedure
    .input(z.object({ taskId: TaskId }))
    .output(
      z.object({
        initiator: z.boolean(),
        previous: NodeRef.nullable(),
        earlier: z.array(NodeRef),
      }),
    )
    .query(async ({ ctx, input }) => {
      const own = await loadOwnTask(ctx.db, { taskId: input.taskId, userId: ctx.user.id });
      const targets = returnTargets(own.bundle, own.state, input.taskId);
      const ref = (nodeId: string) => ({
        nodeId,
        name: nodeNameOf(own.bundle, nodeId, ctx.locale),
      });

      return {
        initiator: targets.initiator,
        previous: targets.previous === null ? null : ref(targets.previous),
        earlier: targets.earlier.map(ref),
      };
    }),

  /** Undoes the caller's own decision while the next step has not acted (`recall.too-late`). */
  recall: authedProcedure
    .input(z.object({ taskId: TaskId, idempotencyKey: IdempotencyKey.optional() }))
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.recall({ ...input, actorId: ctx.user.id });
      ctx.logger.info({ instanceId: view.id, taskId: input.taskId }, 'decision recalled');

      return { instanceId: view.id, status: view.status };
    }),

  /** Hands the task to someone else for good: the caller can no longer act on it. */
  transfer: authedProcedure
    .input(Hand)
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const { toUserId, taskId } = input;
      const view = await ctx.engine.transfer({
        taskId,
        toUserId,
        actorId: ctx.user.id,
        ...optionals(input),
      });
      ctx.logger.info({ instanceId: view.id, taskId, toUserId }, 'task transferred');

      return { instanceId: view.id, status: view.status };
    }),

  /** Asks someone to decide first; the task then comes back to the caller to finish. */
  delegate: authedProcedure
    .input(Hand)
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const { toUserId, taskId } = input;
      const view = await ctx.engine.delegate({
        taskId,
        toUserId,
        actorId: ctx.user.id,
        ...optionals(input),
      });
      ctx.logger.info({ instanceId: view.id, taskId, toUserId }, 'task delegated');

      return { instanceId: view.id, status: view.status };
    }),

  /** Adds approvers to the caller's step, before, after or alongside the caller (加签). */
  addSigner: authedProcedure
    .input(
      Decision.extend({
        userIds: z.array(UserId).min(1).max(20),
        position: z.enum(['before', 'after', 'alongside']),
      }),
    )
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const { taskId, userIds, position } = input;
      const view = await ctx.engine.addSigner({
        taskId,
        userIds,
        position,
        actorId: ctx.user.id,
        ...optionals(input),
      });
      ctx.logger.info({ instanceId: view.id, taskId, userIds, position }, 'signers added');

      return { instanceId: view.id, status: view.status };
    }),

  /**
   * Removes a signer who has not acted; `taskId` is the added signer's task. Whoever added them
   * may; admins may remove anyone's added signer.
   */
  removeSigner: authedProcedure
    .input(Decision)
    .output(DecisionResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.removeSigner({
        taskId: input.taskId,
        actorId: ctx.user.id,
        asAdmin: hasRole(ctx.user, 'admin'),
        ...optionals(input),
      });
      ctx.logger.info({ instanceId: view.id, taskId: input.taskId }, 'signer removed');

      return { instanceId: view.id, status: view.status };
    }),
};
