import type { CheckContext } from '../context.ts';
import type { IndexedEdge } from '../flow-index.ts';

/** Marks every node reachable from `roots` following `next` (breadth first, no recursion). */
export function reachable(
  size: number,
  roots: readonly number[],
  next: (position: number) => readonly IndexedEdge[],
  forward: boolean,
): Uint8Array {
  const seen = new Uint8Array(size);
  const queue = [...roots];
  for (const root of roots) seen[root] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    for (const edge of next(queue[head] ?? 0)) {
      const other = forward ? edge.to : edge.from;
      if (seen[other]) continue;
      seen[other] = 1;
      queue.push(other);
    }
  }

  return seen;
}

/**
 * Nodes the start cannot reach, and reachable nodes from which no end can be reached.
 * Skipped where there is no start (or no end): that is reported on its own.
 */
export function checkReachability(ctx: CheckContext): Uint8Array | undefined {
  const { graphNodes, nodes, out, into } = ctx.index;
  const start = graphNodes.find((position) => ctx.capabilities(position).isStart);
  if (start === undefined) return undefined;
  const fromStart = reachable(nodes.length, [start], (p) => out[p] ?? [], true);
  for (const position of graphNodes) {
    if (!fromStart[position]) ctx.atNode(position, 'node.unreachable');
  }
  const ends = graphNodes.filter((position) => ctx.capabilities(position).isEnd);
  if (ends.length === 0) return fromStart;
  const toEnd = reachable(nodes.length, ends, (p) => into[p] ?? [], false);
  for (const position of graphNodes) {
    if (fromStart[position] && !toEnd[position]) ctx.atNode(position, 'node.dead-end');
  }

  return fromStart;
}
