import type { FlowDefinition } from '@baton/schemas';

/**
 * How a request's current round went through a node or an edge, as the request page draws it:
 * `passed` (went through, green), `active` (waiting there now, outlined) or `rejected` (an
 * approver rejected there, red). Anything else is not drawn specially.
 */
export type RunState = 'passed' | 'active' | 'rejected';

export const RUN_STATES: readonly RunState[] = ['passed', 'active', 'rejected'];

/** One entry of a request's trail; `round` is missing on trails stored before rounds were. */
export type TrailStep = {
  readonly nodeId: string;
  readonly edgeId?: string | undefined;
  readonly round?: number | undefined;
};

/**
 * The entries of one submission round: `round`, or the latest round the trail records. A trail
 * that records no rounds (stored before they existed, or stripped on the way) is taken whole:
 * the caller cuts it to the current round some other way.
 */
export function trailOfRound<T extends TrailStep>(trail: readonly T[], round?: number): T[] {
  const rounds = trail.flatMap((step) => (step.round === undefined ? [] : [step.round]));
  if (rounds.length === 0) return [...trail];
  const wanted = round ?? Math.max(...rounds);

  return trail.filter((step) => step.round === wanted);
}

export type RunStates = {
  readonly nodes: ReadonlyMap<string, RunState>;
  readonly edges: ReadonlyMap<string, RunState>;
};

/**
 * The run state of every node and edge from the current round's trail. A node is `active`
 * while it has open tasks, `rejected` when its step was rejected this round, and `passed` once
 * the trail leaves it (or it is an end, which nothing leaves). An edge the trail followed is
 * `passed`, or `rejected` when it led to a rejected step.
 */
export function runStates(options: {
  readonly flow: FlowDefinition;
  readonly trail: readonly TrailStep[];
  readonly activeNodeIds?: readonly string[];
  readonly rejectedNodeIds?: readonly string[];
}): RunStates {
  const { flow, trail } = options;
  const active = new Set(options.activeNodeIds);
  const rejected = new Set(options.rejectedNodeIds);
  const followed = new Set(trail.flatMap((step) => (step.edgeId ? [step.edgeId] : [])));
  const edges = new Map<string, RunState>();
  for (const edge of flow.edges) {
    if (followed.has(edge.id))
      edges.set(edge.id, rejected.has(edge.target) ? 'rejected' : 'passed');
  }
  const left = new Set(flow.edges.filter((edge) => followed.has(edge.id)).map((e) => e.source));
  const exits = new Set(flow.edges.map((edge) => edge.source));
  const reached = new Set(trail.map((step) => step.nodeId));
  const nodes = new Map<string, RunState>();
  for (const node of flow.nodes) {
    if (active.has(node.id)) nodes.set(node.id, 'active');
    else if (rejected.has(node.id)) nodes.set(node.id, 'rejected');
    else if (left.has(node.id) || (reached.has(node.id) && !exits.has(node.id)))
      nodes.set(node.id, 'passed');
  }

  return { nodes, edges };
}
