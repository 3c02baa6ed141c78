import type { AccessMap, FlowBundle } from '@baton/schemas';
import type { InstanceStatus } from '@baton/runtime';
import { flowVersionCache, queryInBatches, type BatonDatabase } from '@baton/runtime/storage';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { headOf, selectHeads, type InstanceHead } from './instance-heads.ts';
import { listFacts, type ListFacts } from './list-facts.ts';
import { accessOf, type AccessSubject, type CopyRecord, type Viewer } from './viewer-access.ts';

type Db = Kysely<BatonDatabase>;

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

/**
 * Which requests to look at: of these flows, in this status, submitted on these days (UTC, as
 * `createdAt` reads; `YYYY-MM-DD`, both ends included), the newest `limit`.
 */
export type ReadableFilter = {
  readonly flowKeys?: readonly string[] | undefined;
  readonly status?: InstanceStatus | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
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

/** The day after a `YYYY-MM-DD` day, the same way. */
function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The heads of the newest requests `viewer` may read (the same people as `canRead`: the
 * initiator, anyone who holds or held a task on it or in whose name a delegate did, anyone
 * copied; admins read every request). No state is read.
 */
export async function readableHeads(
  db: Db,
  viewer: Viewer,
  filter: ReadableFilter,
): Promise<InstanceHead[]> {
  let query = selectHeads(db);
  if (!viewer.roles.includes('admin')) query = query.where((eb) => involving(eb, viewer.id));
  if (filter.flowKeys && filter.flowKeys.length > 0)
    query = query.where('flow_key', 'in', [...filter.flowKeys]);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.from) query = query.where('created_at', '>=', filter.from);
  if (filter.to) query = query.where('created_at', '<', dayAfter(filter.to));
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();

  return rows.map(headOf);
}

/** The flow version of a request and what one viewer may read of it. */
export type ReadAccess = { readonly bundle: FlowBundle; readonly access: AccessMap };

/** Field access of one request given who holds its tasks (see `accessLookup`). */
export type AccessLookup = (
  head: InstanceHead,
  tasks: AccessSubject['state']['tasks'],
) => Promise<ReadAccess>;

/**
 * Looks up `viewer`'s field access (see `accessOf`) to the given requests: their copies to
 * `viewer` are read at once, flow versions once each.
 */
export async function accessLookup(
  db: Db,
  viewer: Viewer,
  heads: readonly InstanceHead[],
): Promise<AccessLookup> {
  const copies = await copiesOf(
    db,
    viewer,
    heads.map((head) => head.id),
  );
  const flowOf = flowVersionCache(db);

  return async (head, tasks) => {
    const { bundle } = await flowOf(head.flowKey, head.flowVersion);
    const subject = { bundle, state: { initiatorId: head.initiatorId, tasks } };

    return { bundle, access: accessOf(subject, viewer, copies.get(head.id) ?? []) };
  };
}

/** A request in a list: its head, list facts, flow version and what the viewer may read. */
export type ListedRequest = ReadAccess & {
  readonly head: InstanceHead;
  readonly facts: ListFacts;
};

/** The heads with their list facts (see `listFacts`) and `viewer`'s access, in order. */
export async function listedFor(
  db: Db,
  viewer: Viewer,
  heads: readonly InstanceHead[],
): Promise<ListedRequest[]> {
  const facts = await listFacts(db, heads);
  const lookup = await accessLookup(db, viewer, heads);
  const listed: ListedRequest[] = [];
  for (const head of heads) {
    const known = facts.get(head.id);
    if (known) listed.push({ head, facts: known, ...(await lookup(head, known.tasks)) });
  }

  return listed;
}
