import { executorFor } from './executors/index.ts';
import { kindOf } from './graph.ts';
import type { RouteTally } from './executors/types.ts';
import type { Work } from './work.ts';

/**
 * Checks that every exclusive branch reachable from `nodeId` along the paths the values choose
 * has a path to take, and throws `flow.no-branch-matched` for the first that has none. The route
 * check of a round's start looked at the values of the submission; an approver's edit changes
 * them in the middle of the round, and must not leave a later approver facing a branch that
 * refuses every approval.
 */
export function assertBranchesAhead(work: Work, nodeId: string): void {
  const route: RouteTally = {
    needs: new Map(),
    afterApprover: true,
    picker: undefined,
    waits: false,
  };
  const seen = new Set<string>([nodeId]);
  const queue = work.graph.outgoing(nodeId).map((edge) => edge.target);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const node = work.graph.node(next);
    const edges = kindOf(node).capabilities.exclusiveBranch
      ? executorFor(node).lookAhead(work, node, route)
      : work.graph.outgoing(next);
    queue.push(...edges.map((edge) => edge.target));
  }
}
