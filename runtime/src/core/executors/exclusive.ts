import { BatonError, evaluateCondition, type FlowEdge, type FlowNode } from '@baton/schemas';
import { runtimeError } from '../../messages.ts';
import { emit, type Work, follow } from '../work.ts';
import type { NodeExecutor } from './types.ts';

function byPriority(edges: readonly FlowEdge[]): FlowEdge[] {
  const rank = (edge: FlowEdge) => edge.priority ?? Number.POSITIVE_INFINITY;

  // Array sort is stable: edges of equal priority keep their order in the definition.
  return edges.filter((edge) => edge.isDefault !== true).sort((a, b) => rank(a) - rank(b));
}

function matches(work: Work, edge: FlowEdge): boolean {
  if (edge.condition === undefined) return false;
  try {
    return evaluateCondition(edge.condition, work.state.values, work.bundle.form);
  } catch (error) {
    if (error instanceof BatonError) throw error;
    throw runtimeError('flow.condition-failed', { edgeId: edge.id }, { cause: error });
  }
}

/** The edge the values choose: the first condition that holds, else the default edge. */
function choose(work: Work, node: FlowNode): FlowEdge {
  const edges = work.graph.outgoing(node.id);
  const taken =
    byPriority(edges).find((edge) => matches(work, edge)) ??
    edges.find((edge) => edge.isDefault === true);
  if (!taken) throw runtimeError('flow.no-branch-matched', { nodeId: node.id });

  return taken;
}

/**
 * Exclusive branch: tries the conditions of the outgoing edges in priority order (lower first)
 * against the form values; the first that holds wins, else the default edge.
 */
export const exclusiveExecutor: NodeExecutor = {
  type: 'exclusive',
  arrive(work, token, node) {
    const taken = choose(work, node);
    emit(work, 'branch.taken', {
      nodeId: node.id,
      edgeId: taken.id,
      condition: taken.condition ?? null,
      isDefault: taken.isDefault === true,
    });

    return [follow(token, taken)];
  },
  lookAhead: (work, node) => [choose(work, node)],
};
