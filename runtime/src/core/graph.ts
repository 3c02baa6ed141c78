import {
  getNodeKind,
  type FlowDefinition,
  type FlowEdge,
  type FlowNode,
  type NodeKindSpec,
} from '@baton/schemas';
import type { z } from 'zod';
import { runtimeError } from '../messages.ts';

/** Lookups over one flow definition, built once per definition object. */
export type FlowGraph = {
  readonly flow: FlowDefinition;
  node(nodeId: string): FlowNode;
  /** Outgoing edges in the order they appear in the definition. */
  outgoing(nodeId: string): readonly FlowEdge[];
  startNode(): FlowNode;
};

const graphs = new WeakMap<FlowDefinition, FlowGraph>();
const configs = new WeakMap<FlowNode, unknown>();

/** The registry entry of a node's kind; an unknown kind is an error, never skipped. */
export function kindOf(node: FlowNode): NodeKindSpec {
  const spec = getNodeKind(node.type);
  if (!spec) throw runtimeError('flow.unknown-node-kind', { nodeId: node.id, type: node.type });

  return spec;
}

function buildGraph(flow: FlowDefinition): FlowGraph {
  const nodes = new Map(flow.nodes.map((node) => [node.id, node]));
  const outgoing = new Map<string, FlowEdge[]>();
  for (const edge of flow.edges)
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge]);
  const starts = flow.nodes.filter((node) => kindOf(node).capabilities.isStart === true);

  return {
    flow,
    node: (nodeId) => {
      const node = nodes.get(nodeId);
      if (!node) throw runtimeError('flow.unknown-node', { nodeId });

      return node;
    },
    outgoing: (nodeId) => outgoing.get(nodeId) ?? [],
    startNode: () => {
      const [start] = starts;
      if (!start || starts.length > 1) throw runtimeError('flow.no-start');

      return start;
    },
  };
}

/** The graph of a flow, memoized on the (never mutated) definition object. */
export function graphOf(flow: FlowDefinition): FlowGraph {
  const known = graphs.get(flow);
  if (known) return known;
  const graph = buildGraph(flow);
  graphs.set(flow, graph);

  return graph;
}

/** The single edge out of a node that passes its token straight on. */
export function onlyEdge(graph: FlowGraph, nodeId: string): FlowEdge {
  const [edge] = graph.outgoing(nodeId);
  if (!edge) throw runtimeError('flow.missing-edge', { nodeId });

  return edge;
}

/**
 * A node's config parsed with its kind's schema (defaults applied), memoized per node object.
 * The checker validated it at publish; a failure here means a definition bypassed the checker.
 */
export function nodeConfig<S extends z.ZodType>(node: FlowNode, schema: S): z.output<S> {
  if (configs.has(node)) return configs.get(node) as z.output<S>; // stored by this function
  const parsed = schema.safeParse(node.config);
  if (!parsed.success)
    throw runtimeError('flow.invalid-node-config', { nodeId: node.id }, { cause: parsed.error });
  configs.set(node, parsed.data);

  return parsed.data;
}
