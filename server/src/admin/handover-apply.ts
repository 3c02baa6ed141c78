import type { Locale } from '@baton/schemas';
import { runtimeError } from '@baton/runtime';
import type { Engine, StorageHandle } from '@baton/runtime/storage';
import type { FastifyBaseLogger } from 'fastify';
import { z } from 'zod';
import { loadSessionUser } from '../auth/user.ts';
import { ItemError, itemError } from '../errors/item-error.ts';
import { saveDraft } from '../flows/drafts.ts';
import { requireFlow } from '../flows/records.ts';
import { fail } from '../messages.ts';
import { replaceUserIn } from './flow-mentions.ts';

export const HandoverResult = z.object({
  tasks: z.array(z.object({ taskId: z.string(), ok: z.boolean(), error: ItemError.optional() })),
  /**
   * Per flow: the draft saved as `draftRevision` with the person replaced. Not published
   * (`published: false`): running requests keep their version, and new ones start on the
   * latest published version until someone publishes the draft.
   */
  flows: z.array(
    z.object({
      flowKey: z.string(),
      ok: z.boolean(),
      draftRevision: z.number().optional(),
      published: z.literal(false).optional(),
      error: ItemError.optional(),
    }),
  ),
});
export type HandoverResult = z.infer<typeof HandoverResult>;

export type HandoverRequest = {
  readonly fromUserId: string;
  readonly toUserId: string;
  readonly taskIds: readonly string[];
  readonly flowKeys: readonly string[];
  readonly reason: string;
};

type Admin = StorageHandle & {
  readonly engine: Engine;
  readonly actorId: string;
  readonly now: () => Date;
  readonly locale: Locale;
  readonly logger: FastifyBaseLogger;
};

/**
 * Hands `fromUserId`'s work to `toUserId`: each chosen task is reassigned on its own (recorded
 * as a handover with the reason), and each chosen flow's draft gets `toUserId` wherever it named
 * `fromUserId`. One result per task and flow; a refused one does not stop the others. The whole
 * call is refused when `toUserId` is `fromUserId`, unknown or disabled.
 */
export async function applyHandover(
  admin: Admin,
  request: HandoverRequest,
): Promise<HandoverResult> {
  if (request.fromUserId === request.toUserId) throw fail('handover.same-user');
  const target = await loadSessionUser(admin.db, request.toUserId);
  if (!target) throw fail('input.unknown-user', { id: request.toUserId });
  if (target.disabled) throw fail('handover.disabled-user', { id: request.toUserId });

  const tasks: HandoverResult['tasks'] = [];
  for (const taskId of new Set(request.taskIds))
    tasks.push(await reassignOne(admin, request, taskId));
  const flows: HandoverResult['flows'] = [];
  for (const flowKey of new Set(request.flowKeys))
    flows.push(await replaceInDraft(admin, request, flowKey));
  admin.logger.info(
    {
      fromUserId: request.fromUserId,
      toUserId: request.toUserId,
      tasks: tasks.filter((task) => task.ok).length,
      flows: flows.filter((flow) => flow.ok).length,
    },
    'work handed over',
  );

  return { tasks, flows };
}

type TaskResult = HandoverResult['tasks'][number];
type FlowResult = HandoverResult['flows'][number];

async function reassignOne(
  admin: Admin,
  request: HandoverRequest,
  taskId: string,
): Promise<TaskResult> {
  try {
    const task = await admin.db
      .selectFrom('tasks')
      .select(['assignee_id', 'status'])
      .where('id', '=', taskId)
      .executeTakeFirst();
    if (!task) throw runtimeError('task.not-found', { taskId });
    if (task.assignee_id !== request.fromUserId || !['open', 'waiting'].includes(task.status)) {
      throw fail('handover.not-their-task', { taskId, userId: request.fromUserId });
    }
    await admin.engine.reassign({
      taskId,
      actorId: admin.actorId,
      toUserId: request.toUserId,
      reason: request.reason,
      handover: true,
    });

    return { taskId, ok: true };
  } catch (error) {
    return { taskId, ok: false, error: itemError(error, { ...admin, item: { taskId } }) };
  }
}

async function replaceInDraft(
  admin: Admin,
  request: HandoverRequest,
  flowKey: string,
): Promise<FlowResult> {
  try {
    const flow = await requireFlow(admin.db, flowKey);
    const change = { from: request.fromUserId, to: request.toUserId };
    const { bundle, replaced } = replaceUserIn(flow.draft, change);
    if (replaced === 0) {
      throw fail('handover.flow-not-naming', { key: flowKey, userId: request.fromUserId });
    }
    const draftRevision = await saveDraft(admin, {
      key: flowKey,
      bundle,
      expectedRevision: flow.draftRevision,
      actorId: admin.actorId,
      now: admin.now(),
    });

    return { flowKey, ok: true, draftRevision, published: false };
  } catch (error) {
    return { flowKey, ok: false, error: itemError(error, { ...admin, item: { flowKey } }) };
  }
}
