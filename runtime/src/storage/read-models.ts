import type { FlowBundle, I18nText } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { ccUnreadCount, listCc, type CcItem, type CcListOptions } from './carbon-copies.ts';
import { flowVersionCache } from './flow-store.ts';
import { instanceViewOf, type InstanceView } from './instance-view.ts';
import { parseJsonColumn } from './json-column.ts';
import { nodeName } from './node-names.ts';
import type { BatonDatabase } from './schema.ts';
import { listInbox, listOpenTasksOf, type HeldTask, type InboxItem } from './task-lists.ts';

export type { InboxItem } from './task-lists.ts';

export type StoredEvent = {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly actorId: string | null;
  readonly data: Record<string, unknown>;
};

export type InstanceDetail = InstanceView & {
  /** The whole event log, in `seq` order (1, 2, 3, … without gaps). */
  readonly events: readonly StoredEvent[];
  /** The published flow version the instance runs on. */
  readonly bundle: FlowBundle;
};

export type StartedItem = {
  readonly id: string;
  readonly title: string;
  readonly flowKey: string;
  readonly flowName: I18nText;
  readonly status: InstanceView['status'];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Nodes with an active step, in the order they were entered. */
  readonly currentNodes: readonly { readonly nodeId: string; readonly name: I18nText }[];
};

export type ReadModels = {
  getInstance(id: string): Promise<InstanceDetail | undefined>;
  /** Open tasks of `userId`, oldest first. */
  listInbox(userId: string): Promise<InboxItem[]>;
  /** Tasks `userId` holds, open or waiting, oldest first (for a handover). */
  listOpenTasksOf(userId: string): Promise<HeldTask[]>;
  /** Copies sent to `userId` (抄送), newest first (at most `limit`, default 200). */
  listCc(userId: string, options?: CcListOptions): Promise<CcItem[]>;
  ccUnreadCount(userId: string): Promise<number>;
  /** Requests `userId` started, newest first (at most `limit`, default 200). */
  listStartedBy(userId: string, options?: { limit?: number }): Promise<StartedItem[]>;
};

const EventData = z.record(z.string(), z.unknown());

/** Queries the lists and pages of the workspace read. They never write. */
export function createReadModels(db: Kysely<BatonDatabase>): ReadModels {
  return {
    getInstance: (id) => getInstance(db, id),
    listInbox: (userId) => listInbox(db, userId),
    listOpenTasksOf: (userId) => listOpenTasksOf(db, userId),
    listCc: (userId, options) => listCc(db, userId, options),
    ccUnreadCount: (userId) => ccUnreadCount(db, userId),
    listStartedBy: (userId, options) => listStartedBy(db, userId, options?.limit ?? 200),
  };
}

async function getInstance(
  db: Kysely<BatonDatabase>,
  id: string,
): Promise<InstanceDetail | undefined> {
  const row = await db.selectFrom('instances').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const events = await db
    .selectFrom('events')
    .selectAll()
    .where('instance_id', '=', id)
    .orderBy('seq')
    .execute();
  const flow = await flowVersionCache(db)(row.flow_key, row.flow_version);

  return {
    ...instanceViewOf(row),
    bundle: flow.bundle,
    events: events.map((event) => ({
      seq: event.seq,
      type: event.type,
      at: event.at,
      actorId: event.actor_id,
      data: parseJsonColumn(EventData, event.data, { table: 'events', id: `${id}#${event.seq}` }),
    })),
  };
}

async function listStartedBy(
  db: Kysely<BatonDatabase>,
  userId: string,
  limit: number,
): Promise<StartedItem[]> {
  const rows = await db
    .selectFrom('instances')
    .selectAll()
    .where('initiator_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const flowOf = flowVersionCache(db);
  const items: StartedItem[] = [];
  for (const row of rows) {
    const view = instanceViewOf(row);
    const { bundle } = await flowOf(row.flow_key, row.flow_version);
    const active = view.state.steps.filter((step) => step.status === 'active');
    items.push({
      id: view.id,
      title: view.title,
      flowKey: view.flowKey,
      flowName: bundle.flow.name,
      status: view.status,
      createdAt: view.createdAt,
      updatedAt: view.updatedAt,
      currentNodes: active.map((step) => ({
        nodeId: step.nodeId,
        name: nodeName(bundle, step.nodeId),
      })),
    });
  }

  return items;
}
