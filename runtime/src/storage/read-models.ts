import type { FlowBundle, I18nText } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { flowVersionCache } from './flow-store.ts';
import { instanceViewOf, type InstanceView } from './instance-view.ts';
import { parseJsonColumn } from './json-column.ts';
import type { BatonDatabase } from './schema.ts';

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

export type InboxItem = {
  readonly id: string;
  readonly instanceId: string;
  readonly nodeId: string;
  /** The node's name in the instance's flow version (falls back to the node id). */
  readonly nodeName: I18nText;
  readonly flowKey: string;
  readonly flowName: I18nText;
  readonly title: string;
  readonly initiator: { readonly id: string; readonly name: string };
  readonly createdAt: string;
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
  /** Requests `userId` started, newest first (at most `limit`, default 200). */
  listStartedBy(userId: string, options?: { limit?: number }): Promise<StartedItem[]>;
};

const EventData = z.record(z.string(), z.unknown());

function nodeName(bundle: FlowBundle, nodeId: string): I18nText {
  return bundle.flow.nodes.find((node) => node.id === nodeId)?.name ?? nodeId;
}

/** Queries the lists and pages of the workspace read. They never write. */
export function createReadModels(db: Kysely<BatonDatabase>): ReadModels {
  return {
    getInstance: (id) => getInstance(db, id),
    listInbox: (userId) => listInbox(db, userId),
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

async function listInbox(db: Kysely<BatonDatabase>, userId: string): Promise<InboxItem[]> {
  const rows = await db
    .selectFrom('tasks')
    .innerJoin('instances', 'instances.id', 'tasks.instance_id')
    .innerJoin('users', 'users.id', 'instances.initiator_id')
    .select([
      'tasks.id',
      'tasks.instance_id',
      'tasks.node_id',
      'tasks.created_at',
      'instances.flow_key',
      'instances.flow_version',
      'instances.title',
      'instances.initiator_id',
      'users.name as initiator_name',
    ])
    .where('tasks.assignee_id', '=', userId)
    .where('tasks.status', '=', 'open')
    .orderBy('tasks.created_at')
    .orderBy('tasks.id')
    .execute();
  const flowOf = flowVersionCache(db);
  const items: InboxItem[] = [];
  for (const row of rows) {
    const { bundle } = await flowOf(row.flow_key, row.flow_version);
    items.push({
      id: row.id,
      instanceId: row.instance_id,
      nodeId: row.node_id,
      nodeName: nodeName(bundle, row.node_id),
      flowKey: row.flow_key,
      flowName: bundle.flow.name,
      title: row.title,
      initiator: { id: row.initiator_id, name: row.initiator_name },
      createdAt: row.created_at,
    });
  }

  return items;
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
