import type { I18nText } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { TaskOrigin } from '../core/types.ts';
import { flowVersionCache } from './flow-store.ts';
import { allowsBatchApprove, nodeName } from './node-names.ts';
import type { BatonDatabase } from './schema.ts';

type Db = Kysely<BatonDatabase>;
type Person = { readonly id: string; readonly name: string };

export type InboxItem = {
  readonly id: string;
  readonly instanceId: string;
  readonly nodeId: string;
  /** The node's name in the instance's flow version (falls back to the node id). */
  readonly nodeName: I18nText;
  readonly flowKey: string;
  readonly flowName: I18nText;
  readonly title: string;
  readonly initiator: Person;
  readonly createdAt: string;
  /** The person the task was meant for, when an out-of-office delegation gave it to the user. */
  readonly onBehalfOf: Person | null;
  /** How the task came to be when not from the step's rules (`TaskOrigin.kind`), else null. */
  readonly originKind: TaskOrigin['kind'] | null;
  /** Whether the node lets approvers approve it in a batch (`ApprovalConfig.batchApprove`). */
  readonly batchApprove: boolean;
};

/** A task someone holds, open or waiting for their turn: what a handover moves. */
export type HeldTask = {
  readonly taskId: string;
  readonly instanceId: string;
  readonly status: 'open' | 'waiting';
  readonly title: string;
  readonly flowKey: string;
  readonly flowName: I18nText;
  readonly nodeId: string;
  readonly nodeName: I18nText;
  readonly createdAt: string;
};

/** Open tasks of `userId`, oldest first. */
export async function listInbox(db: Db, userId: string): Promise<InboxItem[]> {
  const rows = await db
    .selectFrom('tasks')
    .innerJoin('instances', 'instances.id', 'tasks.instance_id')
    .innerJoin('users', 'users.id', 'instances.initiator_id')
    .leftJoin('users as principal', 'principal.id', 'tasks.on_behalf_of')
    .select([
      'tasks.id',
      'tasks.instance_id',
      'tasks.node_id',
      'tasks.created_at',
      'tasks.on_behalf_of',
      'tasks.origin_kind',
      'instances.flow_key',
      'instances.flow_version',
      'instances.title',
      'instances.initiator_id',
      'users.name as initiator_name',
      'principal.name as principal_name',
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
    const principal = row.on_behalf_of;
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
      onBehalfOf:
        principal === null ? null : { id: principal, name: row.principal_name ?? principal },
      originKind: originKindOf(row.origin_kind),
      batchApprove: allowsBatchApprove(bundle, row.node_id),
    });
  }

  return items;
}

/** Tasks `userId` holds, open or waiting, oldest first: what a handover of their work moves. */
export async function listOpenTasksOf(db: Db, userId: string): Promise<HeldTask[]> {
  const rows = await db
    .selectFrom('tasks')
    .innerJoin('instances', 'instances.id', 'tasks.instance_id')
    .select([
      'tasks.id',
      'tasks.instance_id',
      'tasks.status',
      'tasks.node_id',
      'tasks.created_at',
      'instances.flow_key',
      'instances.flow_version',
      'instances.title',
    ])
    .where('tasks.assignee_id', '=', userId)
    .where('tasks.status', 'in', ['open', 'waiting'])
    .orderBy('tasks.created_at')
    .orderBy('tasks.id')
    .execute();
  const flowOf = flowVersionCache(db);
  const items: HeldTask[] = [];
  for (const row of rows) {
    const { bundle } = await flowOf(row.flow_key, row.flow_version);
    items.push({
      taskId: row.id,
      instanceId: row.instance_id,
      status: row.status === 'waiting' ? 'waiting' : 'open',
      title: row.title,
      flowKey: row.flow_key,
      flowName: bundle.flow.name,
      nodeId: row.node_id,
      nodeName: nodeName(bundle, row.node_id),
      createdAt: row.created_at,
    });
  }

  return items;
}

const OriginKind = TaskOrigin.shape.kind;

/** A stored origin kind; null for none (or a kind this version no longer knows). */
function originKindOf(stored: string | null): TaskOrigin['kind'] | null {
  const parsed = OriginKind.safeParse(stored);

  return parsed.success ? parsed.data : null;
}
