import { resolveText, type FlowBundle, type Locale } from '@baton/schemas';
import { loadPublishedFlow, type BatonDatabase, type Engine } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { localizedTitles } from '../instances/titles.ts';
import type { Viewer } from '../instances/viewer-access.ts';
import { flowRecordOf } from '../flows/records.ts';
import { mentionsOf, type Mention } from './flow-mentions.ts';

export const HandoverView = z.object({
  openTasks: z.array(
    z.object({
      taskId: z.string(),
      instanceId: z.string(),
      title: z.string(),
      flowName: z.string(),
      nodeName: z.string(),
      /** `waiting`: not yet their turn (a sequential step) or waiting for others. */
      status: z.enum(['open', 'waiting']),
      createdAt: z.string(),
    }),
  ),
  flows: z.array(
    z.object({
      flowKey: z.string(),
      name: z.string(),
      nodes: z.array(
        z.object({
          nodeId: z.string(),
          name: z.string(),
          as: z.enum(['approver', 'veto', 'fallback', 'escalation']),
        }),
      ),
    }),
  ),
});
export type HandoverView = z.infer<typeof HandoverView>;

type Reader = {
  readonly db: Kysely<BatonDatabase>;
  readonly engine: Engine;
  readonly user: Viewer;
};

/**
 * What someone leaving hands over: their open and waiting tasks, and the flows whose steps name
 * them (see `mentionsOf`) in the draft or the latest published version.
 */
export async function handoverView(
  ctx: Reader,
  ask: { userId: string; locale: Locale },
): Promise<HandoverView> {
  const tasks = await ctx.engine.listOpenTasksOf(ask.userId);
  const requests = tasks.map((task) => ({ id: task.instanceId }));
  const titleOf = await localizedTitles(ctx.db, requests, { user: ctx.user, locale: ask.locale });

  return {
    openTasks: tasks.map((task) => ({
      taskId: task.taskId,
      instanceId: task.instanceId,
      title: titleOf({ id: task.instanceId }),
      flowName: resolveText(task.flowName, ask.locale),
      nodeName: resolveText(task.nodeName, ask.locale),
      status: task.status,
      createdAt: task.createdAt,
    })),
    flows: await flowsNaming(ctx.db, ask),
  };
}

async function flowsNaming(
  db: Kysely<BatonDatabase>,
  ask: { userId: string; locale: Locale },
): Promise<HandoverView['flows']> {
  const rows = await db.selectFrom('flows').selectAll().orderBy('key').execute();
  const flows: HandoverView['flows'] = [];
  for (const row of rows) {
    const flow = flowRecordOf(row);
    const bundles: FlowBundle[] = [flow.draft];
    if (flow.latestVersion > 0) bundles.push((await loadPublishedFlow(db, flow.key)).bundle);
    const mentions = distinct(bundles.flatMap((bundle) => mentionsOf(bundle, ask.userId)));
    if (mentions.length === 0) continue;
    flows.push({
      flowKey: flow.key,
      name: resolveText(flow.name, ask.locale),
      nodes: mentions.map((mention) => ({
        nodeId: mention.nodeId,
        name: resolveText(mention.name, ask.locale),
        as: mention.as,
      })),
    });
  }

  return flows;
}

/** One entry per node and role; the draft's (listed first) wins. */
function distinct(mentions: readonly Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const mention of mentions) {
    const key = `${mention.nodeId}\u0000${mention.as}`;
    if (!seen.has(key)) seen.set(key, mention);
  }

  return [...seen.values()];
}
