import {
  nodeKinds,
  resolveText,
  ApprovalConfig,
  type FlowBundle,
  type Locale,
} from '@baton/schemas';
import { runtimeError, type InstanceState, type TaskState } from '@baton/runtime';
import { flowVersionCache, instanceViewOf, type BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';

/** A task with the request it belongs to, as the server checks actions against it. */
export type OwnTask = {
  readonly task: TaskState;
  readonly state: InstanceState;
  readonly bundle: FlowBundle;
};

export type FlowLookup = ReturnType<typeof flowVersionCache>;

/**
 * The task `taskId` of `userId` with its request's state and flow version: `task.not-found` for
 * an unknown task, `task.not-assignee` for someone else's (so nothing about it shows).
 * `flows`: a cache to share between the tasks of one call.
 */
export async function loadOwnTask(
  db: Kysely<BatonDatabase>,
  ask: { taskId: string; userId: string; flows?: FlowLookup },
): Promise<OwnTask> {
  const row = await db
    .selectFrom('tasks')
    .innerJoin('instances', 'instances.id', 'tasks.instance_id')
    .selectAll('instances')
    .select('tasks.assignee_id')
    .where('tasks.id', '=', ask.taskId)
    .executeTakeFirst();
  if (!row) throw runtimeError('task.not-found', { taskId: ask.taskId });
  if (row.assignee_id !== ask.userId)
    throw runtimeError('task.not-assignee', { taskId: ask.taskId });
  const { state } = instanceViewOf(row);
  const task = state.tasks.find((candidate) => candidate.id === ask.taskId);
  if (!task) throw runtimeError('task.not-found', { taskId: ask.taskId });
  const flows = ask.flows ?? flowVersionCache(db);
  const { bundle } = await flows(row.flow_key, row.flow_version);

  return { task, state, bundle };
}

/** The approval settings of node `nodeId`, or undefined when it is not an approval step. */
export function approvalSettings(bundle: FlowBundle, nodeId: string): ApprovalConfig | undefined {
  const node = bundle.flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node || !nodeKinds[node.type]?.capabilities.needsAssignees) return undefined;
  const parsed = ApprovalConfig.safeParse(node.config);

  return parsed.success ? parsed.data : undefined;
}

/** The name of node `nodeId` in `locale` (its id when the flow has no such node). */
export function nodeNameOf(bundle: FlowBundle, nodeId: string, locale: Locale): string {
  const node = bundle.flow.nodes.find((candidate) => candidate.id === nodeId);

  return node ? resolveText(node.name, locale) : nodeId;
}
