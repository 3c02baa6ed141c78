import type { ApprovalConfig, ApproverRule } from '@baton/schemas';
import { because, explain, type Explanation } from './explanations.ts';
import { keyParams, personById } from './names.ts';
import {
  resolveApprovers,
  type PickNeed,
  type ResolveContext,
  type ResolvedApprovers,
} from './resolve.ts';

/** The role whose holders take over a step that resolves to nobody (the "flow admin"). */
export const FLOW_ADMIN_ROLE = 'admin';

/** One person a step chose; `reason` is the English text of `reasonDetail`. */
export type Assignee = {
  readonly userId: string;
  readonly reason: string;
  readonly reasonDetail: Explanation;
};

/**
 * Everyone a step's rules chose, each once, in rule order (a supervisor chain from the direct
 * supervisor up), with the reason of the first rule that chose them. `fallback` is true when
 * the rules chose nobody and someone else (flow admins, the fallback user) was taken instead.
 * `reason` and `facts` are the English text of `reasonDetail` and `factDetails`.
 */
export type StepAssignees = {
  readonly assignees: readonly Assignee[];
  readonly facts: readonly string[];
  readonly reason: string;
  readonly factDetails: readonly Explanation[];
  readonly reasonDetail: Explanation;
  readonly fallback: boolean;
};

/**
 * A step's assignees with what the caller must act on (see `ResolvedApprovers`):
 * `initiatorNamedBySelf` when every rule that left the initiator out found them in values they
 * gave themselves.
 */
export type ResolvedStep = StepAssignees & {
  readonly initiatorSkipped: boolean;
  readonly initiatorNamedBySelf?: true;
  readonly needsPick?: PickNeed;
};

/** What a step does when its rules choose nobody. */
export type StepOptions = {
  /** Default `admin`. `autoApprove`, `autoReject` and `refuse` are left to the caller. */
  readonly ifNobody?: ApprovalConfig['ifNobody'];
  /** The named user of `ifNobody: 'user'`. */
  readonly fallbackUserId?: string;
  /** The "only admin is the initiator" last resort of `ifNobody: 'admin'` (default true). */
  readonly allowInitiatorAdmin?: boolean;
};

type Union = Omit<ResolvedStep, 'fallback'>;

function texts(facts: readonly Explanation[], reason: Explanation) {
  return {
    facts: facts.map((fact) => explain(fact, 'en')),
    reason: explain(reason, 'en'),
    factDetails: facts,
    reasonDetail: reason,
  };
}

function unionReason(reasons: readonly Explanation[]): Explanation {
  const [only] = reasons;
  if (!only) return because('rules.none');

  return reasons.length === 1 ? only : because('rules.all', { reasons });
}

function union(rules: readonly ApproverRule[], ctx: ResolveContext): Union {
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
  const skipping = resolutions.filter((resolution) => resolution.initiatorSkipped);
  const initiatorSkipped = skipping.length > 0;
  const named = initiatorSkipped && skipping.every((resolution) => resolution.initiatorNamedBySelf);
  const needsPick = resolutions.find((resolution) => resolution.needsPick)?.needsPick;
  const step = {
    ...texts(facts, reason),
    assignees,
    initiatorSkipped,
    ...(named ? { initiatorNamedBySelf: true as const } : {}),
  };

  return needsPick ? { ...step, needsPick } : step;
}

/** Everyone given the step instead of the rules' choice, all for the fallback reason. */
function takeOver(userIds: readonly string[], facts: readonly Explanation[], reason: Explanation) {
  const step = texts(facts, reason);
  const assignees = userIds.map((userId) => ({
    userId,
    reason: step.reason,
    reasonDetail: reason,
  }));

  return { ...step, assignees, fallback: true };
}

/** The initiator may stand in a fallback only when they may act on their own request. */
function fallbackContext(ctx: ResolveContext): ResolveContext {
  return { ...ctx, initiator: ctx.initiator === 'act' ? 'act' : 'skip' };
}

function toAdmins(chosen: Union, ctx: ResolveContext, options: StepOptions, facts: Explanation[]) {
  const routed = because('fact.routed-to-admins', keyParams(ctx.org, 'role', FLOW_ADMIN_ROLE));
  const admins = resolveApprovers({ kind: 'role', role: FLOW_ADMIN_ROLE }, fallbackContext(ctx));
  const all = [...facts, routed, ...admins.factDetails];
  const reason = because('fallback.admins', { reason: chosen.reasonDetail });
  if (admins.userIds.length > 0 || options.allowInitiatorAdmin === false)
    return takeOver(admins.userIds, all, reason);

  const last = resolveApprovers(
    { kind: 'role', role: FLOW_ADMIN_ROLE },
    { ...ctx, initiator: 'act' },
  );
  const initiatorAdmins = last.userIds.filter((userId) => userId === ctx.initiatorId);
  if (initiatorAdmins.length === 0) return takeOver([], all, reason);
  const taken = initiatorAdmins.map((userId) =>
    because('fact.initiator-admin', personById(ctx.org, userId)),
  );

  return takeOver(initiatorAdmins, [...all, ...taken], because('fallback.initiator-admin'));
}

function toFallbackUser(chosen: Union, ctx: ResolveContext, options: StepOptions) {
  const userId = options.fallbackUserId;
  if (userId === undefined)
    return toAdmins(chosen, ctx, options, [
      ...chosen.factDetails,
      because('fact.fallback-user-unset'),
    ]);
  const named = resolveApprovers({ kind: 'user', userIds: [userId] }, fallbackContext(ctx));
  const facts = [...chosen.factDetails, ...named.factDetails];
  if (named.userIds.length === 0) return toAdmins(chosen, ctx, options, facts);
  const reason = because('fallback.user', {
    reason: chosen.reasonDetail,
    ...personById(ctx.org, userId),
  });

  return takeOver(named.userIds, facts, reason);
}

/** What a fallback keeps of the rules' answer about the initiator. */
function initiatorOf(
  chosen: Union,
): Pick<ResolvedStep, 'initiatorSkipped' | 'initiatorNamedBySelf'> {
  const { initiatorSkipped, initiatorNamedBySelf } = chosen;

  return initiatorNamedBySelf ? { initiatorSkipped, initiatorNamedBySelf } : { initiatorSkipped };
}

const CALLER_HANDLED = {
  autoApprove: 'nobody.auto-approve',
  autoReject: 'nobody.auto-reject',
  refuse: 'nobody.refuse',
} as const;

/**
 * Resolves the approvers of a step: every rule in order, each person once. When a pick rule
 * waits for a pick, `assignees` is empty and `needsPick` says who picks (no fallback). When the
 * rules choose nobody, `ifNobody` decides: `admin` (default) gives the step to the enabled flow
 * admins other than the initiator, and as a last resort (`allowInitiatorAdmin`, default true)
 * to the initiator when they are the only admin; `user` gives it to `fallbackUserId` (missing
 * or disabled: explained, then admins); `autoApprove`, `autoReject` and `refuse` leave
 * `assignees` empty with the reason, and the caller acts. `assignees` is empty with `admin`
 * only when there is no eligible admin at all.
 */
export function resolveStepAssignees(
  rules: readonly ApproverRule[],
  ctx: ResolveContext,
  options: StepOptions = {},
): ResolvedStep {
  const chosen = union(rules, ctx);
  if (chosen.needsPick) return { ...chosen, assignees: [], fallback: false };
  if (chosen.assignees.length > 0) return { ...chosen, fallback: false };
  const initiator = initiatorOf(chosen);
  const ifNobody = options.ifNobody ?? 'admin';
  if (ifNobody === 'admin')
    return { ...toAdmins(chosen, ctx, options, [...chosen.factDetails]), ...initiator };
  if (ifNobody === 'user') return { ...toFallbackUser(chosen, ctx, options), ...initiator };
  const reason = because(CALLER_HANDLED[ifNobody], { reason: chosen.reasonDetail });

  return { ...texts(chosen.factDetails, reason), assignees: [], fallback: false, ...initiator };
}

/** Resolves cc recipients: like approvers, but the initiator may be copied and nobody is fine. */
export function resolveRecipients(
  rules: readonly ApproverRule[],
  ctx: ResolveContext,
): StepAssignees {
  const chosen = union(rules, { ...ctx, initiator: 'act' });
  const facts = chosen.factDetails.filter((fact) => fact.code !== 'fact.initiator-acts');

  return { ...texts(facts, chosen.reasonDetail), assignees: chosen.assignees, fallback: false };
}
