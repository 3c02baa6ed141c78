import type { Locale } from '@baton/schemas';
import { InstanceStatus, nextPick } from '@baton/runtime';
import { flowVersionCache, type BatonDatabase, type Engine } from '@baton/runtime/storage';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ItemError, itemError } from '../errors/item-error.ts';
import { fail } from '../messages.ts';
import { approvalSettings, loadOwnTask, nodeNameOf, type FlowLookup } from './own-task.ts';

/** Most tasks one `approveMany` call may approve. */
export const MAX_BATCH_APPROVALS = 100;

export const ApproveManyResult = z.object({
  results: z.array(
    z.object({
      taskId: z.string(),
      ok: z.boolean(),
      /** The request's status after the approval. */
      status: InstanceStatus.optional(),
      error: ItemError.optional(),
    }),
  ),
});
export type ApproveManyResult = z.infer<typeof ApproveManyResult>;
type ItemResult = ApproveManyResult['results'][number];

export type BatchContext = {
  readonly db: Kysely<BatonDatabase>;
  readonly engine: Engine;
  readonly userId: string;
  readonly locale: Locale;
  readonly logger: FastifyBaseLogger;
};

/**
 * Approves each task on its own (one engine command per task, in the order given, duplicates
 * once): a refused task does not stop the others, and each result says what happened. A task
 * is refused unless it is the caller's, its step allows batch approval (`batch.not-allowed`),
 * a comment is given where the step requires one (`batch.comment-required`), and approving it
 * needs no pick of the next step's approvers (`batch.pick-required`); the engine refuses the
 * rest (decided, not their turn, …).
 */
export async function approveMany(
  ctx: BatchContext,
  input: { taskIds: readonly string[]; comment?: string | undefined },
): Promise<ApproveManyResult> {
  const flows = flowVersionCache(ctx.db);
  const results: ItemResult[] = [];
  for (const taskId of new Set(input.taskIds)) {
    results.push(await approveOne(ctx, { taskId, comment: input.comment, flows }));
  }
  const approved = results.filter((result) => result.ok).length;
  ctx.logger.info({ approved, refused: results.length - approved }, 'tasks approved in a batch');

  return { results };
}

async function approveOne(
  ctx: BatchContext,
  item: { taskId: string; comment: string | undefined; flows: FlowLookup },
): Promise<ItemResult> {
  const { taskId, comment } = item;
  try {
    await assertBatchable(ctx, item);
    const view = await ctx.engine.approve({
      taskId,
      actorId: ctx.userId,
      ...(comment ? { comment } : {}),
    });

    return { taskId, ok: true, status: view.status };
  } catch (error) {
    const context = { locale: ctx.locale, logger: ctx.logger, item: { taskId } };

    return { taskId, ok: false, error: itemError(error, context) };
  }
}

async function assertBatchable(
  ctx: BatchContext,
  item: { taskId: string; comment: string | undefined; flows: FlowLookup },
): Promise<void> {
  const own = await loadOwnTask(ctx.db, { ...item, userId: ctx.userId });
  const settings = approvalSettings(own.bundle, own.task.nodeId);
  const node = nodeNameOf(own.bundle, own.task.nodeId, ctx.locale);
  if (!settings?.batchApprove) throw fail('batch.not-allowed', { node });
  if (settings.commentRequired && !item.comment?.trim()) {
    throw fail('batch.comment-required', { node });
  }
  const org = await ctx.engine.orgDirectory();
  const pick = nextPick(own.bundle, own.state, item.taskId, { org });
  if (pick) {
    throw fail('batch.pick-required', { node: nodeNameOf(own.bundle, pick.nodeId, ctx.locale) });
  }
}
