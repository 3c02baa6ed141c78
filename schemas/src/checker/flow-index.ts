import type { FlowDefinition, FlowEdge, FlowNode } from '../flow/flow.ts';
import { type NodeKindSpec, getNodeKind } from '../flow/node-kinds.ts';

/** An edge whose two ends exist, with the positions of those nodes. */
export type IndexedEdge = {
  readonly edge: FlowEdge;
  /** Position in `flow.edges`. */
  readonly at: number;
  readonly from: number;
  readonly to: number;
};

/**
 * The flow as arrays indexed by node position, built once per check so that every rule runs
 * in time linear in nodes plus edges. A node repeating an earlier id is left out of the graph
 * (`graphNodes`), and edges whose ends are missing are left out of `edges`.
 */
export type FlowIndex = {
  readonly nodes: readonly FlowNode[];
  readonly kinds: readonly (NodeKindSpec | undefined)[];
  readonly byId: ReadonlyMap<string, number>;
  readonly graphNodes: readonly number[];
  readonly edges: readonly IndexedEdge[];
  readonly out: readonly (readonly IndexedEdge[])[];
  readonly into: readonly (readonly IndexedEdge[])[];
};

export function indexFlow(flow: FlowDefinition): FlowIndex {
  const byId = new Map<string, number>();
  const graphNodes: number[] = [];
  flow.nodes.forEach((node, index) => {
    if (byId.has(node.id)) return;
    byId.set(node.id, index);
    graphNodes.push(index);
  });
  const out: IndexedEdge[][] = flow.nodes.map(() => []);
  const into: IndexedEdge[][] = flow.nodes.map(() => []);
  const edges: IndexedEdge[] = [];
  flow.edges.forEach((edge, at) => {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (from === undefined || to === undefined) return;
    const indexed = { edge, at, from, to };
    edges.push(indexed);
    out[from]?.push(indexed);
    into[to]?.push(indexed);
  });

  return {
    nodes: flow.nodes,
    kinds: flow.nodes.map((node) => getNodeKind(node.type)),
    byId,
    graphNodes,
    edges,
    out,
    into,
  };
}
