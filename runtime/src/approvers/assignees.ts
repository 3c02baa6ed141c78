import type { ApproverRule } from '@baton/schemas';
import { resolveApprovers, type ResolveContext } from './resolve.ts';

/** The role whose holders take over a step that resolves to nobody (the "flow admin"). */
export const FLOW_ADMIN_ROLE = 'admin';

export type Assignee = { readonly userId: string; readonly reason: string };

/**
 * Everyone a step's rules chose, each once, in rule order, with the reason of the first rule
 * that chose them. `fallback` is true when the rules chose nobody and flow admins were taken
 * instead; `assignees` is empty only when there is no eligible admin either.
 */
export type StepAssignees = {
  readonly assignees: readonly Assignee[];
  readonly facts: readonly string[];
  readonly reason: string;
  readonly fallback: boolean;
};

function union(rules: readonly ApproverRule[], ctx: ResolveContext): StepAssignees {
  const assignees: Assignee[] = [];
  const facts: string[] = [];
  const reasons: string[] = [];
  for (const rule of rules) {
    const resolution = resolveApprovers(rule, ctx);
    facts.push(...resolution.facts);
    reasons.push(resolution.reason);
    for (const userId of resolution.userIds) {
      if (!assignees.some((assignee) => assignee.userId === userId))
        assignees.push({ userId, reason: resolution.reason });
    }
  }
  const reason = reasons.length > 0 ? reasons.join('; ') : 'no approver rule configured';

  return { assignees, facts, reason, fallback: false };
}

/**
 * Resolves the approvers of a step. When the rules choose nobody, the step goes to the enabled
 * holders of the `admin` role (never the initiator) and the reason says so.
 * TODO(#3): configurable fallbacks (parent department head, a named user, auto-approve).
 */
export function resolveStepAssignees(
  rules: readonly ApproverRule[],
  ctx: ResolveContext,
): StepAssignees {
  const chosen = union(rules, ctx);
  if (chosen.assignees.length > 0) return chosen;

  const admins = resolveApprovers({ kind: 'role', role: FLOW_ADMIN_ROLE }, ctx);
  const reason = `nobody resolved (${chosen.reason}); routed to the flow admins`;
  const assignees = admins.userIds.map((userId) => ({ userId, reason }));
  const facts = [...chosen.facts, `nobody resolved: routed to role ${FLOW_ADMIN_ROLE}`];

  return { assignees, facts: [...facts, ...admins.facts], reason, fallback: true };
}

/** Resolves cc recipients: like approvers, but the initiator may be copied and nobody is fine. */
export function resolveRecipients(
  rules: readonly ApproverRule[],
  ctx: ResolveContext,
): StepAssignees {
  return union(rules, { ...ctx, skipInitiator: false });
}
