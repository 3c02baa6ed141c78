import type { ApproverRule } from '@baton/schemas';
import { because, explain, type Explanation } from './explanations.ts';
import { resolveApprovers, type ApproverResolution, type ResolveContext } from './resolve.ts';

/** The role whose holders take over a step that resolves to nobody (the "flow admin"). */
export const FLOW_ADMIN_ROLE = 'admin';

/** One person a step chose; `reason` is the English text of `reasonDetail`. */
export type Assignee = {
  readonly userId: string;
  readonly reason: string;
  readonly reasonDetail: Explanation;
};

/**
 * Everyone a step's rules chose, each once, in rule order, with the reason of the first rule
 * that chose them. `fallback` is true when the rules chose nobody and flow admins were taken
 * instead; `assignees` is empty only when there is no enabled admin at all. `reason` and
 * `facts` are the English text of `reasonDetail` and `factDetails`.
 */
export type StepAssignees = {
  readonly assignees: readonly Assignee[];
  readonly facts: readonly string[];
  readonly reason: string;
  readonly factDetails: readonly Explanation[];
  readonly reasonDetail: Explanation;
  readonly fallback: boolean;
};

type Summary = Omit<StepAssignees, 'assignees'>;

function summary(facts: readonly Explanation[], reason: Explanation, fallback: boolean): Summary {
  return {
    facts: facts.map((fact) => explain(fact, 'en')),
    reason: explain(reason, 'en'),
    factDetails: facts,
    reasonDetail: reason,
    fallback,
  };
}

/** The flow admins taking over a step, all for the step's fallback reason. */
function takeOver(userIds: readonly string[], facts: readonly Explanation[], reason: Explanation) {
  const step = summary(facts, reason, true);
  const assignees = userIds.map((userId) => ({
    userId,
    reason: step.reason,
    reasonDetail: reason,
  }));

  return { ...step, assignees };
}

function unionReason(reasons: readonly Explanation[]): Explanation {
  const [only] = reasons;
  if (!only) return because('rules.none');

  return reasons.length === 1 ? only : because('rules.all', { reasons });
}

function union(rules: readonly ApproverRule[], ctx: ResolveContext): StepAssignees {
  const assignees: Assignee[] = [];
  const resolutions = rules.map((rule) => resolveApprovers(rule, ctx));
  for (const { userIds, reason, reasonDetail } of resolutions) {
    for (const userId of userIds) {
      if (!assignees.some((assignee) => assignee.userId === userId))
        assignees.push({ userId, reason, reasonDetail });
    }
  }
  const facts = resolutions.flatMap((resolution) => resolution.factDetails);
  const reason = unionReason(resolutions.map((resolution) => resolution.reasonDetail));

  return { ...summary(facts, reason, false), assignees };
}

function adminsOf(ctx: ResolveContext, skipInitiator: boolean): ApproverResolution {
  return resolveApprovers({ kind: 'role', role: FLOW_ADMIN_ROLE }, { ...ctx, skipInitiator });
}

/**
 * Resolves the approvers of a step. When the rules choose nobody, the step goes to the enabled
 * holders of the `admin` role other than the initiator. When the only enabled admin is the
 * initiator, it goes to them all the same (rather than refusing the previous approver's
 * decision), and the reason says so. `assignees` is empty only without any enabled admin.
 * TODO(#3): configurable fallbacks (parent department head, a named user, auto-approve).
 */
export function resolveStepAssignees(
  rules: readonly ApproverRule[],
  ctx: ResolveContext,
): StepAssignees {
  const chosen = union(rules, ctx);
  if (chosen.assignees.length > 0) return chosen;
  const routed = because('fact.routed-to-admins', { role: FLOW_ADMIN_ROLE });
  const admins = adminsOf(ctx, ctx.skipInitiator !== false);
  const facts = [...chosen.factDetails, routed, ...admins.factDetails];
  const reason = because('fallback.admins', { reason: chosen.reasonDetail });
  if (admins.userIds.length > 0) return takeOver(admins.userIds, facts, reason);

  // TODO(#3): separation-of-duties rules decide whether the initiator may act here.
  const initiatorAdmins = adminsOf(ctx, false).userIds;
  if (initiatorAdmins.length === 0) return takeOver([], facts, reason);
  const taken = initiatorAdmins.map((userId) =>
    because('fact.initiator-admin', { user: ctx.org.getUser(userId)?.username ?? userId }),
  );

  return takeOver(initiatorAdmins, [...facts, ...taken], because('fallback.initiator-admin'));
}

/** Resolves cc recipients: like approvers, but the initiator may be copied and nobody is fine. */
export function resolveRecipients(
  rules: readonly ApproverRule[],
  ctx: ResolveContext,
): StepAssignees {
  return union(rules, { ...ctx, skipInitiator: false });
}
