import { BatonError } from '@baton/schemas';
import { runtimeError } from '../messages.ts';
import { executorFor, type RouteTally, type StepNeed } from './executors/index.ts';
import type { FlowGraph } from './graph.ts';
import { approversRequired } from './policies.ts';
import type { Work } from './work.ts';

/**
 * The fewest distinct people the steps' needs guarantee will approve (a sound lower bound):
 * everyone who must approve their step, plus the most any one other step needs from outside
 * them. A step needing `count` of its candidates takes at most as many as it shares with the
 * former; steps of that kind may share people, so only the largest of them is added.
 */
export function guaranteedApprovers(needs: Iterable<StepNeed>): number {
  const everyone = new Set<string>();
  const some: NonNullable<StepNeed['some']>[] = [];
  for (const need of needs) {
    for (const userId of need.everyone) everyone.add(userId);
    if (need.some) some.push(need.some);
  }
  let beyond = 0;
  for (const { count, candidateIds } of some) {
    const shared = new Set(candidateIds.filter((userId) => everyone.has(userId))).size;
    beyond = Math.max(beyond, count - shared);
  }

  return everyone.size + beyond;
}

/**
 * `minApprovers`: where the values reach a rule's amount, the route must guarantee at least that
 * many distinct people approving (see `guaranteedApprovers`); policy approvals never count.
 */
function assertEnoughApprovers(work: Work, needs: Iterable<StepNeed>): void {
  const needed = approversRequired(work.bundle.flow, work.state.values);
  if (needed === 0) return;
  const found = guaranteedApprovers(needs);
  if (found < needed) throw runtimeError('approval.too-few-approvers', { needed, found });
}

/**
 * A node to look at, and what is known on the way there: whether someone decides a step
 * (`after`), and who alone can have decided the last step that waited (`picker`), when that
 * is one known person and the node has no other way in.
 */
type Visit = { readonly nodeId: string; readonly after: boolean; readonly picker?: string };

/** Most looks at one node (it is looked at again when more is known on the way there). */
const LOOKS_PER_NODE = 4;

/** The one person who must approve a step, when it needs exactly one known person. */
function soleApprover(need: StepNeed | undefined): string | undefined {
  return need && !need.some && need.everyone.length === 1 ? need.everyone[0] : undefined;
}

/** Whether a visit adds nothing to the last one: the same, or without an approver after one. */
function stale(last: Visit | undefined, visit: Visit): boolean {
  if (!last) return false;

  return (
    (last.after && !visit.after) || (last.after === visit.after && last.picker === visit.picker)
  );
}

/** The look-ahead of one node: the visits it leads to, or the error it refuses with. */
function look(work: Work, route: RouteTally, visit: Visit, incoming: ReadonlyMap<string, number>) {
  const node = work.graph.node(visit.nodeId);
  route.afterApprover = visit.after;
  route.picker = visit.picker;
  route.waits = false;
  try {
    const edges = executorFor(node).lookAhead(work, node, route);
    const after = visit.after || route.waits;
    const picker = route.waits ? soleApprover(route.needs.get(node.id)) : visit.picker;

    return edges.map(({ target }): Visit => {
      const known = picker !== undefined && incoming.get(target) === 1;

      return known ? { nodeId: target, after, picker } : { nodeId: target, after };
    });
  } catch (error) {
    if (error instanceof BatonError) return error;
    throw error;
  }
}

const incomingCounts = new WeakMap<FlowGraph, ReadonlyMap<string, number>>();

/** The number of edges into each node, once per (never mutated) flow graph. */
function countIncoming(graph: FlowGraph): ReadonlyMap<string, number> {
  const known = incomingCounts.get(graph);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const edge of graph.flow.edges) counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
  incomingCounts.set(graph, counts);

  return counts;
}

/**
 * Walks the path the request's values lead to, from the start node, as if every step were
 * approved, and throws what the submission must be refused with: a step that cannot be
 * staffed (`approval.no-approver`), that is set to refuse when nobody resolves
 * (`approval.refused-nobody`), a missing or invalid initiator pick, or too few distinct
 * approvers for an amount rule. Run when a round starts, it makes the initiator hear about it
 * at submit time, instead of the approver of the step before. The values do not change within
 * a round, so the branches taken here are the ones the request will take; the org may still
 * change before a later step is entered.
 *
 * Whether someone decides a step on the way to a node (a step the previous approver picks
 * needs one) is the "or" over every way there: a node first reached without one is looked at
 * again once it is reached with one, so a join sees all its branches. A node's verdict is the
 * one of its last look; the first node (in walk order) refusing the submission refuses it.
 */
export function assertRouteStaffed(work: Work): void {
  const route: RouteTally = {
    needs: new Map(),
    afterApprover: false,
    picker: undefined,
    waits: false,
  };
  const incoming = countIncoming(work.graph);
  const reached = new Map<string, Visit>();
  const looks = new Map<string, number>();
  const refusals = new Map<string, BatonError>();
  const queue: Visit[] = [{ nodeId: work.graph.startNode().id, after: false }];
  for (let visit = queue.shift(); visit; visit = queue.shift()) {
    const { nodeId } = visit;
    const count = looks.get(nodeId) ?? 0;
    if (stale(reached.get(nodeId), visit) || count >= LOOKS_PER_NODE) continue;
    reached.set(nodeId, visit);
    looks.set(nodeId, count + 1);
    const next = look(work, route, visit, incoming);
    if (next instanceof BatonError) refusals.set(nodeId, next);
    else {
      refusals.delete(nodeId);
      queue.push(...next);
    }
  }
  for (const nodeId of reached.keys()) {
    const refusal = refusals.get(nodeId);
    if (refusal) throw refusal;
  }
  assertEnoughApprovers(work, route.needs.values());
}
