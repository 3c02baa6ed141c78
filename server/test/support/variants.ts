import type { FlowBundle } from '@baton/schemas';
import type { ApiClient } from './api.ts';
import { expenseValues } from './expense-edit.ts';

/** The expense flow with node `nodeId`'s config merged with `patch`. */
export function withNodeConfig(
  bundle: FlowBundle,
  nodeId: string,
  patch: Record<string, unknown>,
): FlowBundle {
  const nodes = bundle.flow.nodes.map((node) =>
    node.id === nodeId ? { ...node, config: { ...node.config, ...patch } } : node,
  );

  return { ...bundle, flow: { ...bundle.flow, nodes } };
}

/**
 * Clones the expense template as `key`, edits its draft with `edit` and publishes it, as the
 * process owner `owner` would in the designer.
 */
export async function publishExpenseVariant(
  owner: ApiClient,
  key: string,
  edit: (bundle: FlowBundle) => FlowBundle,
): Promise<void> {
  await owner.mutate('templates.clone', { templateKey: 'expense', key, name: key });
  const loaded = await owner.query('flows.get', { key });
  const saved = await owner.mutate('flows.saveDraft', {
    key,
    bundle: edit(loaded.bundle),
    expectedRevision: loaded.draftRevision,
  });
  await owner.mutate('flows.publish', { key, expectedRevision: saved.draftRevision });
}

/** An expense claim of `amount` (one line item) as `client`; resolves to the request id. */
export async function claim(client: ApiClient, flowKey: string, amount: string): Promise<string> {
  const values = expenseValues(amount, [['Hotel', amount]]);
  const { id } = await client.mutate('instances.start', { flowKey, values });

  return id;
}

/** The id of `client`'s open task on request `instanceId`; fails when there is none. */
export async function taskOn(client: ApiClient, instanceId: string): Promise<string> {
  const inbox = await client.query('tasks.inbox');
  const item = inbox.find((candidate) => candidate.instanceId === instanceId);
  if (!item) throw new Error(`no open task on ${instanceId} in this inbox`);

  return item.id;
}
