import { executorFor } from './executors/index.ts';
import type { Work } from './work.ts';

/**
 * Walks the path the request's values lead to, from the start node, as if every step were
 * approved, and throws the error a step would throw on entry when it cannot be staffed (no
 * approver and no flow admin at all). Run when a round starts, it makes the initiator hear
 * about an unstaffable step at submit time, instead of the approver of the step before it.
 * The values do not change within a round, so the branches taken here are the ones the
 * request will take; the org may still change before a later step is entered.
 */
export function assertRouteStaffed(work: Work): void {
  const seen = new Set<string>();
  const queue = [work.graph.startNode().id];
  for (let nodeId = queue.shift(); nodeId !== undefined; nodeId = queue.shift()) {
    if (seen.has(nodeId)) continue;
    seen.add(nodeId);
    const node = work.graph.node(nodeId);
    queue.push(
      ...executorFor(node)
        .lookAhead(work, node)
        .map((edge) => edge.target),
    );
  }
}
