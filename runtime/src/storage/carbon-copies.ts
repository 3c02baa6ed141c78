import type { I18nText } from '@baton/schemas';
import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import type { InstanceEvent } from '../core/types.ts';
import { flowVersionCache } from './flow-store.ts';
import { nodeName } from './node-names.ts';
import { markRead, unreadCount, type ReadSelection } from './read-marks.ts';
import type { BatonDatabase, CarbonCopyTable } from './schema.ts';

type Db = Kysely<BatonDatabase>;

/** The part of a `cc.sent` event the CC inbox keeps (node CC and ad hoc alike). */
const CcSent = z.object({
  recipientIds: z.array(z.string()),
  nodeId: z.string().optional(),
  adHoc: z.literal(true).optional(),
  comment: z.string().optional(),
});

/**
 * One row per person copied by the `cc.sent` events of a command, written with its other rows.
 * A CC node's copies name the node and nobody as sender; an ad hoc copy names who sent it (the
 * event's actor) and their comment. A person listed twice in one event gets one row.
 */
export function carbonCopyRows(options: {
  instanceId: string;
  events: readonly InstanceEvent[];
  newId: (prefix: string) => string;
}): Insertable<CarbonCopyTable>[] {
  const rows: Insertable<CarbonCopyTable>[] = [];
  for (const event of options.events) {
    if (event.type !== 'cc.sent') continue;
    const data = CcSent.parse(event.data);
    const adHoc = data.adHoc === true;
    for (const userId of new Set(data.recipientIds)) {
      rows.push({
        id: options.newId('cc'),
        instance_id: options.instanceId,
        user_id: userId,
        by_user_id: adHoc ? event.actorId : null,
        node_id: adHoc ? null : (data.nodeId ?? null),
        comment: data.comment ?? null,
        created_at: event.at,
        read_at: null,
      });
    }
  }

  return rows;
}

/** One entry of a person's CC inbox. `by` is null for a CC node's copy. */
export type CcItem = {
  readonly id: string;
  readonly instanceId: string;
  readonly title: string;
  readonly flowKey: string;
  readonly flowName: I18nText;
  readonly by: { readonly id: string; readonly name: string } | null;
  readonly nodeId: string | null;
  /** The CC node's name in the request's flow version; null for an ad hoc copy. */
  readonly nodeName: I18nText | null;
  readonly comment: string | null;
  readonly createdAt: string;
  readonly readAt: string | null;
};

export type CcListOptions = { unreadOnly?: boolean | undefined; limit?: number | undefined };

/** Copies sent to `userId`, newest first (at most `limit`, default 200). */
export async function listCc(db: Db, userId: string, options: CcListOptions = {}) {
  let query = db
    .selectFrom('carbon_copies as cc')
    .innerJoin('instances', 'instances.id', 'cc.instance_id')
    .leftJoin('users as sender', 'sender.id', 'cc.by_user_id')
    .select([
      'cc.id',
      'cc.instance_id',
      'cc.by_user_id',
      'cc.node_id',
      'cc.comment',
      'cc.created_at',
      'cc.read_at',
      'instances.title',
      'instances.flow_key',
      'instances.flow_version',
      'sender.name as sender_name',
    ])
    .where('cc.user_id', '=', userId);
  if (options.unreadOnly) query = query.where('cc.read_at', 'is', null);
  const rows = await query
    .orderBy('cc.created_at', 'desc')
    .orderBy('cc.id', 'desc')
    .limit(options.limit ?? 200)
    .execute();
  const flowOf = flowVersionCache(db);
  const items: CcItem[] = [];
  for (const row of rows) {
    const { bundle } = await flowOf(row.flow_key, row.flow_version);
    const by = row.by_user_id;
    items.push({
      id: row.id,
      instanceId: row.instance_id,
      title: row.title,
      flowKey: row.flow_key,
      flowName: bundle.flow.name,
      by: by === null ? null : { id: by, name: row.sender_name ?? by },
      nodeId: row.node_id,
      nodeName: row.node_id === null ? null : nodeName(bundle, row.node_id),
      comment: row.comment,
      createdAt: row.created_at,
      readAt: row.read_at,
    });
  }

  return items;
}

/** How many copies sent to `userId` are unread. */
export function ccUnreadCount(db: Db, userId: string): Promise<number> {
  return unreadCount(db, 'carbon_copies', userId);
}

/** Which to mark read: the listed ones, or every one of the caller's. */
export type CcReadSelection = ReadSelection;

/** Marks unread items of `userId` read at `at` (see `markRead`). Returns how many changed. */
export function markCcRead(
  db: Db,
  options: { userId: string; which: CcReadSelection; at: string },
): Promise<number> {
  return markRead(db, 'carbon_copies', options);
}
