import type { I18nText } from '@baton/schemas';
import { nextPick, runtimeError } from '@baton/runtime';
import type { BatonDatabase, Engine } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';

export type NextPick = {
  readonly nodeId: string;
  readonly name: I18nText;
  readonly multiple: boolean;
  readonly candidateIds: string[];
};

/**
 * What `userId` must pick when approving `taskId` (see the runtime's `nextPick`), on the org as
 * stored now. `task.not-found` for an unknown task, `task.not-assignee` for someone else's.
 */
export async function pickForTask(
  ctx: { readonly db: Kysely<BatonDatabase>; readonly engine: Engine },
  ask: { taskId: string; userId: string },
): Promise<NextPick | null> {
  const task = await ctx.db
    .selectFrom('tasks')
    .select(['instance_id', 'assignee_id'])
    .where('id', '=', ask.taskId)
    .executeTakeFirst();
  if (!task) throw runtimeError('task.not-found', { taskId: ask.taskId });
  if (task.assignee_id !== ask.userId)
    throw runtimeError('task.not-assignee', { taskId: ask.taskId });
  const detail = await ctx.engine.getInstance(task.instance_id);
  if (!detail) throw runtimeError('task.not-found', { taskId: ask.taskId });
  const org = await ctx.engine.orgDirectory();
  const pick = nextPick(detail.bundle, detail.state, ask.taskId, { org });

  return pick && { ...pick, candidateIds: [...pick.candidateIds] };
}
