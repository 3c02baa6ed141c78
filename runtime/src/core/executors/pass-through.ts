import type { FlowEdge, FlowNode } from '@baton/schemas';
import { onlyEdge } from '../graph.ts';
import type { TokenState } from '../types.ts';
import { follow, type Arrival, type Work } from '../work.ts';

/** The token leaves along the node's single outgoing edge. */
export function passOn(work: Work, token: TokenState, node: FlowNode): readonly Arrival[] {
  return [follow(token, onlyEdge(work.graph, node.id))];
}

/** Where `passOn` would go, for `lookAhead`: the first outgoing edge, none when there is none. */
export function firstEdge(work: Work, node: FlowNode): readonly FlowEdge[] {
  return work.graph.outgoing(node.id).slice(0, 1);
}
