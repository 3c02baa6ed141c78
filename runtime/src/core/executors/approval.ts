import { ApprovalConfig, type FlowNode } from '@baton/schemas';
import { closeStep, endRejected } from '../step-close.ts';
import { enterStep, reasonFields, seatTasks } from '../step-entry.ts';
import { nodeConfig } from '../graph.ts';
import { neededApprovals } from '../counting.ts';
import { cachedStaffing } from '../look-ahead-cache.ts';
import { staffForEntry, staffForLookAhead, type Staffing } from '../staffing.ts';
import type { StepState, TokenState } from '../types.ts';
import { emit, type Work } from '../work.ts';
import { firstEdge, passOn } from './pass-through.ts';
import type { NodeExecutor, RouteTally, StepNeed } from './types.ts';

/** The step's `ifNobody` decided it: recorded with the resolver's reason, then acted on. */
function decideItself(work: Work, step: StepState, staffing: Staffing, config: ApprovalConfig) {
  const approved = staffing.outcome === 'autoApprove';
  const where = { stepId: step.id, nodeId: step.nodeId };
  const { resolved } = staffing;
  emit(work, approved ? 'step.auto-approved' : 'step.auto-rejected', {
    ...where,
    reason: resolved.reason,
    ...reasonFields(resolved.reasonDetail),
    ...(approved ? {} : { target: config.rejectTo }),
  });
  closeStep(work, step, approved ? 'approved' : 'rejected');
  if (!approved) endRejected(work, config.rejectTo, { data: where, comment: undefined });

  return approved;
}

/** What the step needs of people (see `StepNeed`), and whether it waits for them. */
function needOf(
  config: ApprovalConfig,
  staffing: Staffing,
  picker: string | undefined,
): StepNeed | undefined {
  const pick = staffing.resolved.needsPick;
  if (pick) {
    const candidateIds = pick.candidateIds.filter((userId) => userId !== picker);

    return { everyone: [], some: { count: 1, candidateIds } };
  }
  if (staffing.outcome !== 'tasks') return undefined;
  const people = staffing.seats.filter((seat) => seat.auto === undefined).map((s) => s.userId);
  const automatic = staffing.seats.length - people.length;
  const count = Math.max(0, neededApprovals(config, staffing.seats.length) - automatic);
  if (count === 0) return undefined;
  // Needing as many as there are people (`all`, `sequential`, or one of one) is needing each.
  const whole = count >= people.length;

  return whole ? { everyone: people } : { everyone: [], some: { count, candidateIds: people } };
}

function tallyRoute(route: RouteTally, node: FlowNode, staffing: Staffing): void {
  const need = needOf(nodeConfig(node, ApprovalConfig), staffing, route.picker);
  route.waits = need !== undefined;
  if (need) route.needs.set(node.id, need);
  else route.needs.delete(node.id);
}

/** Where the fresh picks of this command go: kept on the request, by node. */
function keepPicks(work: Work, node: FlowNode, staffing: Staffing): void {
  const { picked } = staffing;
  if (!picked || work.state.picks?.[node.id] === picked) return;
  work.state.picks = { ...work.state.picks, [node.id]: [...picked] };
}

/**
 * Approval: entering resolves the approvers against the org now (with the flow's policies and
 * any picks), records who and why, and then either opens the tasks and parks the token until
 * the step is decided (see core/steps.ts), or moves straight on when policy approvals already
 * complete it, or approves or rejects the step itself when nobody resolved (`ifNobody`).
 */
export const approvalExecutor: NodeExecutor = {
  type: 'approval',
  arrive(work, token, node) {
    const config = nodeConfig(node, ApprovalConfig);
    const staffing = staffForEntry(work, node);
    keepPicks(work, node, staffing);
    const step = enterStep(work, { token, node, config, staffing });
    // The token leaves marked with this step (see `TokenState.after`), or parks without a mark.
    const left: TokenState = { id: token.id, nodeId: token.nodeId, forks: token.forks };
    if (staffing.outcome !== 'tasks') {
      const approved = decideItself(work, step, staffing, config);

      return approved ? passOn(work, { ...left, after: step.id }, node) : [];
    }
    if (seatTasks(work, step, staffing.seats)) {
      closeStep(work, step, 'approved');

      return passOn(work, { ...left, after: step.id }, node);
    }
    work.state.tokens.push(left);

    return [];
  },
  lookAhead(work, node, route) {
    const key = { org: work.ctx.org, node, initiatorId: work.state.initiatorId };
    const { afterApprover } = route;
    tallyRoute(
      route,
      node,
      cachedStaffing(key, () => staffForLookAhead(work, node, afterApprover)),
    );

    return firstEdge(work, node);
  },
  taskPolicy(node) {
    const config = nodeConfig(node, ApprovalConfig);
    const percent =
      config.rejectPercent === undefined ? {} : { rejectPercent: config.rejectPercent };

    return {
      commentRequired: config.commentRequired,
      rejectTo: config.rejectTo,
      rejectWhen: config.rejectWhen,
      ...percent,
      vetoUserIds: config.vetoUserIds,
    };
  },
};
