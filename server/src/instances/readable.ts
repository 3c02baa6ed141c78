import type { AccessMap, FlowBundle } from '@baton/schemas';
import type { InstanceStatus } from '@baton/runtime';
import {
  flowVersionCache,
  instanceViewOf,
  queryInBatches,
  type BatonDatabase,
  type InstanceView,
} from '@baton/runtime/storage';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { accessOf, type CopyRecord, type Viewer } from './viewer-access.ts';

type Db = Kysely<BatonDatabase>;

/** A request one viewer may read, with its flow version and what they may read of it. */
export type ReadableRequest = {
  readonly view: InstanceView;
  readonly bundle: FlowBundle;
  readonly access: AccessMap;
};

/**
 * Copies of the given requests sent to `viewer`, by request id (one query per batch of ids;
 * none for admins, who read every field anyway).
 */
export async function copiesOf(
  db: Db,
  viewer: Viewer,
  instanceIds: readonly string[],
): Promise<Map<string, CopyRecord[]>> {
  const copies = new Map<string, CopyRecord[]>();
  if (viewer.roles.includes('admin')) return copies;
  const rows = await queryInBatches([...new Set(instanceIds)], (batch) =>
    db
      .selectFrom('carbon_copies')
      .select(['instance_id', 'node_id', 'by_user_id'])
      .where('user_id', '=', viewer.id)
      .where('instance_id', 'in', batch)
      .execute(),
  );
  for (const row of rows) {
    const list = copies.get(row.instance_id) ?? [];
    list.push({ nodeId: row.node_id, byUserId: row.by_user_id });
    copies.set(row.instance_id, list);
  }

  return copies;
}

/** Which requests to look at: of these flows, in this status, the newest `limit`. */
export type ReadableFilter = {
  readonly flowKeys?: readonly string[] | undefined;
  readonly status?: InstanceStatus | undefined;
  readonly limit: number;
};

/** Requests `userId` started, holds or held a task on (or had one taken), or was copied on. */
function involving(eb: ExpressionBuilder<BatonDatabase, 'instances'>, userId: string) {
  const tasks = eb
    .selectFrom('tasks')
    .select('instance_id')
    .where((inner) =>
      inner.or([inner('assignee_id', '=', userId), inner('on_behalf_of', '=', userId)]),
    );
  const copies = eb.selectFrom('carbon_copies').select('instance_id').where('user_id', '=', userId);

  return eb.or([eb('initiator_id', '=', userId), eb('id', 'in', tasks), eb('id', 'in', copies)]);
}

/**
 * The newest requests `viewer` may read (the same people as `canRead`: the initiator, anyone
 * who holds or held a task on it or in whose name a delegate did, anyone copied; admins read
 * every request), each with its field access for them.
 */
export async function readableRequests(
  db: Db,
  viewer: Viewer,
  filter: ReadableFilter,
): Promise<ReadableRequest[]> {
  let query = db.selectFrom('instances').selectAll();
  if (!viewer.roles.includes('admin')) query = query.where((eb) => involving(eb, viewer.id));
  if (filter.flowKeys && filter.flowKeys.length > 0)
    query = query.where('flow_key', 'in', [...filter.flowKeys]);
  if (filter.status) query = query.where('status', '=', filter.status);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();
  const copies = await copiesOf(
    db,
    viewer,
    rows.map((row) => row.id),
  );
  const flowOf = flowVersionCache(db);
  const requests: ReadableRequest[] = [];
  for (const row of rows) {
    const view = instanceViewOf(row);
    const { bundle } = await flowOf(row.flow_key, row.flow_version);
    const access = accessOf({ bundle, state: view.state }, viewer, copies.get(row.id) ?? []);
    requests.push({ view, bundle, access });
  }

  return requests;
}
