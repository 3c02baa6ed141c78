import type { FlowDefinition } from '@baton/schemas';
import { graphOf, kindOf, type FlowGraph } from './graph.ts';

const inside = new WeakMap<FlowDefinition, ReadonlySet<string>>();

/**
 * Walks from a parallel split, counting the splits entered and the joins passed: every node
 * reached before the join that closes it (depth back to 0) is inside its block.
 */
function walkBlock(graph: FlowGraph, splitId: string, found: Set<string>): void {
  const seen = new Set<string>();
  const queue: [string, number][] = graph.outgoing(splitId).map((edge) => [edge.target, 1]);
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [nodeId, depth] = next;
    const key = `${nodeId}@${depth}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { capabilities } = kindOf(graph.node(nodeId));
    const level =
      depth + (capabilities.parallelSplit ? 1 : 0) - (capabilities.joinsParallel ? 1 : 0);
    if (level <= 0) continue;
    found.add(nodeId);
    for (const edge of graph.outgoing(nodeId)) queue.push([edge.target, level]);
  }
}

/**
 * The nodes between a parallel split and its join (the join left out): a request can neither
 * jump nor be returned into one branch alone, it would never reach the join. Memoized on the
 * (never mutated) definition.
 */
export function nodesInParallelBlocks(flow: FlowDefinition): ReadonlySet<string> {
  const known = inside.get(flow);
  if (known) return known;
  const graph = graphOf(flow);
  const found = new Set<string>();
  for (const node of flow.nodes) {
    if (kindOf(node).capabilities.parallelSplit) walkBlock(graph, node.id, found);
  }
  inside.set(flow, found);

  return found;
}
