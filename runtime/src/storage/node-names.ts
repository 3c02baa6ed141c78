import type { FlowBundle, I18nText } from '@baton/schemas';

/** A node's name in a flow version (falls back to the node id when the node is gone). */
export function nodeName(bundle: FlowBundle, nodeId: string): I18nText {
  return bundle.flow.nodes.find((node) => node.id === nodeId)?.name ?? nodeId;
}

/**
 * Whether approvers may approve the node's tasks in a batch from the inbox
 * (`ApprovalConfig.batchApprove`, default true; nodes without the setting allow it).
 */
export function allowsBatchApprove(bundle: FlowBundle, nodeId: string): boolean {
  const config: unknown = bundle.flow.nodes.find((node) => node.id === nodeId)?.config;
  if (typeof config !== 'object' || config === null || !('batchApprove' in config)) return true;

  return config.batchApprove !== false;
}
