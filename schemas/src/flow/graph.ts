import type { FlowDefinition, FlowEdge, FlowNode } from './flow.ts';
import { type NodeCapabilities, getNodeKind } from './node-kinds.ts';

type Graph = Pick<FlowDefinition, 'nodes' | 'edges'>;

/** The registry's capabilities of a node's kind; none for an unknown kind. */
export function capabilitiesOf(node: Pick<FlowNode, 'type'>): NodeCapabilities {
  return getNodeKind(node.type)?.capabilities ?? {};
}

export function findNode(flow: Graph, nodeId: string): FlowNode | undefined {
  return flow.nodes.find((node) => node.id === nodeId);
}

/** The node whose kind starts a flow (the first one, if a broken flow has several). */
export function findStart(flow: Graph): FlowNode | undefined {
  return flow.nodes.find((node) => capabilitiesOf(node).isStart === true);
}

/** Edges leaving `nodeId`, in document order. */
export function outgoingEdges(flow: Graph, nodeId: string): FlowEdge[] {
  return flow.edges.filter((edge) => edge.source === nodeId);
}

/** Edges arriving at `nodeId`, in document order. */
export function incomingEdges(flow: Graph, nodeId: string): FlowEdge[] {
  return flow.edges.filter((edge) => edge.target === nodeId);
}

/**
 * The order in which a condition branch tries its edges: conditional edges by `priority`
 * (lower first; without one, after those with one), ties in document order; the default last.
 */
export function orderBranchEdges(edges: readonly FlowEdge[]): FlowEdge[] {
  const rank = (edge: FlowEdge) => (edge.isDefault ? 2 : edge.priority === undefined ? 1 : 0);

  return edges
    .map((edge, index) => ({ edge, index }))
    .sort(
      (a, b) =>
        rank(a.edge) - rank(b.edge) ||
        (a.edge.priority ?? 0) - (b.edge.priority ?? 0) ||
        a.index - b.index,
    )
    .map(({ edge }) => edge);
}

/**
 * Lookup tables for code that walks a flow many times (the runtime, the checker): nodes by id
 * and edges by source and by target, each built once.
 */
export type FlowLookup = {
  readonly node: (nodeId: string) => FlowNode | undefined;
  readonly outgoing: (nodeId: string) => readonly FlowEdge[];
  readonly incoming: (nodeId: string) => readonly FlowEdge[];
};

export function flowLookup(flow: Graph): FlowLookup {
  const nodes = new Map<string, FlowNode>();
  const out = new Map<string, FlowEdge[]>();
  const into = new Map<string, FlowEdge[]>();
  for (const node of flow.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const add = (map: Map<string, FlowEdge[]>, key: string, edge: FlowEdge) => {
    const list = map.get(key);
    if (list) list.push(edge);
    else map.set(key, [edge]);
  };
  for (const edge of flow.edges) {
    add(out, edge.source, edge);
    add(into, edge.target, edge);
  }

  return {
    node: (nodeId) => nodes.get(nodeId),
    outgoing: (nodeId) => out.get(nodeId) ?? [],
    incoming: (nodeId) => into.get(nodeId) ?? [],
  };
}
