import {
  BatonError,
  evaluateCondition,
  isMissing,
  resolveText,
  type FlowEdge,
  type FlowNode,
  type Locale,
} from '@baton/schemas';
import { runtimeError } from '../../messages.ts';
import { identifiers } from '../routing-fields.ts';
import { stepParams } from '../step-names.ts';
import { emit, type Work, follow } from '../work.ts';
import type { NodeExecutor } from './types.ts';

function rank(edge: FlowEdge): number {
  return edge.priority ?? Number.POSITIVE_INFINITY;
}

const ranked = new WeakMap<readonly FlowEdge[], readonly FlowEdge[]>();

/** The conditional edges in priority order, once per (never mutated) list of outgoing edges. */
function byPriority(edges: readonly FlowEdge[]): readonly FlowEdge[] {
  let known = ranked.get(edges);
  if (known === undefined) {
    // Array sort is stable: edges of equal priority keep their order in the definition.
    known = edges.filter((edge) => edge.isDefault !== true).sort((a, b) => rank(a) - rank(b));
    ranked.set(edges, known);
  }

  return known;
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

/**
 * The refusal of a branch no path leaves, naming it and the fields its conditions read that are
 * empty (an empty value makes no comparison true): `fields` holds their keys, `emptyZh` /
 * `emptyEn` their labels.
 */
function noPathLeft(work: Work, node: FlowNode, edges: readonly FlowEdge[]): BatonError {
  const read = new Set<string>();
  for (const edge of edges) if (edge.condition !== undefined) identifiers(edge.condition, read);
  const { values } = work.state;
  const empty = work.bundle.form.fields.filter(
    (field) => read.has(field.key) && isMissing(values[field.key]),
  );
  const labels = (locale: Locale) => empty.map((field) => resolveText(field.label, locale));

  return runtimeError('flow.no-branch-matched', {
    ...stepParams(node),
    fields: empty.map((field) => field.key).join(','),
    emptyZh: labels('zh-CN').join('、') || '无',
    emptyEn: labels('en').join(', ') || 'none',
  });
}

/**
 * The edge the values choose: the first condition that holds, else the default edge. The
 * values do not change within a call once tokens move, so the choice is made once per call
 * (the route check at submission looks at the same branches the tokens then take).
 */
function choose(work: Work, node: FlowNode): FlowEdge {
  const chosen = work.branches.get(node.id);
  if (chosen !== undefined) return chosen;
  const edges = work.graph.outgoing(node.id);
  const taken =
    byPriority(edges).find((edge) => matches(work, edge)) ??
    edges.find((edge) => edge.isDefault === true);
  if (!taken) throw noPathLeft(work, node, edges);
  work.branches.set(node.id, taken);

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
