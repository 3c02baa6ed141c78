import { resolveText, type Locale } from '@baton/schemas';
import { InstanceStatus } from '@baton/runtime';
import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SessionUser } from '../auth/user.ts';
import { headOf, selectHeads } from './instance-heads.ts';
import { nodeLabel } from './node-label.ts';
import { listedFor } from './readable.ts';
import { listTitle } from './titles.ts';

/** How many of their newest requests My requests lists. */
export const STARTED_LIMIT = 200;

/** One row of My requests; `currentNodes` are the names of the steps it waits at. */
export const StartedRow = z.object({
  id: z.string(),
  title: z.string(),
  flowKey: z.string(),
  flowName: z.string(),
  status: InstanceStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
  currentNodes: z.array(z.string()),
});
export type StartedRow = z.infer<typeof StartedRow>;

/**
 * The newest requests `user` started, in `locale`. Statuses come from the instance rows, titles
 * and current steps from their list facts (see `listFacts`): a request's state is parsed once
 * per change, not on every visit.
 */
export async function startedRequests(
  db: Kysely<BatonDatabase>,
  reader: { readonly user: SessionUser; readonly locale: Locale },
): Promise<StartedRow[]> {
  const rows = await selectHeads(db)
    .where('initiator_id', '=', reader.user.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(STARTED_LIMIT)
    .execute();
  const listed = await listedFor(db, reader.user, rows.map(headOf));

  return listed.map((request) => {
    const { head, bundle, facts } = request;

    return {
      id: head.id,
      title: listTitle(request, reader.user.name, reader.locale),
      flowKey: head.flowKey,
      flowName: resolveText(bundle.flow.name, reader.locale),
      status: head.status,
      createdAt: head.createdAt,
      updatedAt: head.updatedAt,
      currentNodes: facts.activeNodeIds.map((nodeId) =>
        nodeLabel(bundle.flow, nodeId, reader.locale),
      ),
    };
  });
}
