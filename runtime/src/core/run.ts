import { runtimeError } from '../messages.ts';
import { executorFor } from './executors/index.ts';
import { addTrail, type Arrival, type Work } from './work.ts';

/**
 * Moves tokens until each one is parked on a waiting node or a join, or has ended. Tokens move
 * breadth first, so the order (and every id drawn) depends only on the flow and the state.
 * A flow that loops without waiting is stopped after a bound proportional to its size.
 */
export function runTokens(work: Work, arrivals: readonly Arrival[]): void {
  const { flow } = work.graph;
  let budget = 4 * (flow.nodes.length + flow.edges.length) + 16;
  work.moving.push(...arrivals);
  for (let arrival = work.moving.shift(); arrival; arrival = work.moving.shift()) {
    if (budget-- <= 0) throw runtimeError('flow.too-many-steps', { nodeId: arrival.token.nodeId });
    const node = work.graph.node(arrival.token.nodeId);
    addTrail(work, node.id, arrival.edgeId);
    work.moving.push(...executorFor(node).arrive(work, arrival.token, node));
  }
}
