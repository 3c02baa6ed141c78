import { resolveText, type FlowDefinition, type Locale } from '@baton/schemas';

/** The name of node `nodeId` of `flow` in `locale`; the id itself when the flow has no such node. */
export function nodeLabel(flow: FlowDefinition, nodeId: string, locale: Locale): string {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);

  return node ? resolveText(node.name, locale) : nodeId;
}
