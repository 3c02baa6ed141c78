import type { ApproverRule, OrgUser, SimpleApproverRule } from '@baton/schemas';
import { because, explain, type Explanation } from './explanations.ts';
import { personParams } from './names.ts';
import { byGroup, byPosition, byRole, byUser } from './rules/basic.ts';
import { bySupervisor, bySupervisorChain } from './rules/chain.ts';
import { byConditional } from './rules/conditional.ts';
import { byDepartmentHead } from './rules/department.ts';
import { byFormField } from './rules/form-field.ts';
import { type Found, type PickNeed, type ResolveContext } from './rules/found.ts';
import { byPicks } from './rules/picks.ts';

export type { PickNeed, ResolveContext } from './rules/found.ts';

/**
 * Who a rule chose and why. `facts` are the org facts walked, in plain English
 * (`"王芳 is head of 华东销售部"`), stored in the event so history does not change when the
 * org does. `userIds` is empty when nobody is eligible; `reason` then says why.
 * `reasonDetail` and `factDetails` carry the same in a form any UI can translate (see
 * `approverTexts`); `reason` and `facts` are their English text.
 */
export type ApproverResolution = {
  readonly userIds: readonly string[];
  readonly facts: readonly string[];
  readonly reason: string;
  readonly factDetails: readonly Explanation[];
  readonly reasonDetail: Explanation;
};

/**
 * A resolution with what the caller must act on: `initiatorSkipped` is true when the initiator
 * was found and left out without anyone in their place; `initiatorNamedBySelf` (set only when
 * true) when they were found only in values they gave themselves (a `user` or `department`
 * form field, their own pick), which no policy may approve in their name; `needsPick` is set
 * when a pick rule waits for someone to pick (`ctx.picked` absent).
 */
export type ResolvedApprovers = ApproverResolution & {
  readonly initiatorSkipped: boolean;
  readonly initiatorNamedBySelf?: true;
  readonly needsPick?: PickNeed;
};

function findSimple(rule: SimpleApproverRule, ctx: ResolveContext): Found {
  switch (rule.kind) {
    case 'user':
      return byUser(rule, ctx);
    case 'role':
      return byRole(rule, ctx);
    case 'position':
      return byPosition(rule, ctx);
    case 'group':
      return byGroup(rule, ctx);
    case 'departmentHead':
      return byDepartmentHead(rule, ctx);
    case 'supervisor':
      return bySupervisor(rule, ctx);
    case 'supervisorChain':
      return bySupervisorChain(rule, ctx);
    case 'formField':
      return byFormField(rule, ctx);
    case 'initiatorPicks':
    case 'approverPicks':
      return byPicks(rule, ctx);
  }
}

function find(rule: ApproverRule, ctx: ResolveContext): Found {
  return rule.kind === 'conditional' ? byConditional(rule, ctx, findSimple) : findSimple(rule, ctx);
}

/** Who is chosen from the candidates, with the facts of everyone left out. */
type Choice = { userIds: string[]; facts: Explanation[]; initiatorSkipped: boolean };

/** The initiator's direct supervisor when they can take the initiator's place. */
function standIn(ctx: ResolveContext): OrgUser | undefined {
  const supervisorId = ctx.org.getUser(ctx.initiatorId)?.supervisorId;
  const supervisor = supervisorId ? ctx.org.getUser(supervisorId) : undefined;
  if (!supervisor || supervisor.disabled || supervisor.id === ctx.initiatorId) return undefined;

  return ctx.excluded?.has(supervisor.id) ? undefined : supervisor;
}

/** Applies `ctx.initiator` to the initiator found by a rule. */
function placeInitiator(initiator: OrgUser, ctx: ResolveContext, choice: Choice): void {
  const user = personParams(initiator);
  const policy = ctx.initiator ?? 'skip';
  if (policy === 'act') {
    choice.facts.push(because('fact.initiator-acts', user));
    choice.userIds.push(initiator.id);

    return;
  }
  const supervisor = policy === 'supervisor' ? standIn(ctx) : undefined;
  if (supervisor) {
    choice.facts.push(
      because('fact.initiator-replaced', { ...user, ...personParams(supervisor, 'supervisor') }),
    );
    if (!choice.userIds.includes(supervisor.id)) choice.userIds.push(supervisor.id);

    return;
  }
  const code = policy === 'supervisor' ? 'fact.initiator-no-supervisor' : 'fact.initiator-skipped';
  choice.facts.push(because(code, user));
  choice.initiatorSkipped = true;
}

/** The usernames a rule already reported disabled while walking (not to report them twice). */
function disabledFound(found: Found): string[] {
  return found.facts.flatMap((fact) => {
    const { user } = fact.params;

    return fact.code === 'fact.disabled' && typeof user === 'string' ? [user] : [];
  });
}

/**
 * Chooses among the candidates, each once: never a disabled or excluded user (each recorded);
 * the initiator as `ctx.initiator` says.
 */
function choose(found: Found, ctx: ResolveContext): Choice {
  const choice: Choice = { userIds: [], facts: [], initiatorSkipped: false };
  const reported = new Set(disabledFound(found));
  const seen = new Set<string>();
  for (const user of found.candidates) {
    if (seen.has(user.id)) continue;
    seen.add(user.id);
    const excluded = ctx.excluded?.get(user.id);
    if (user.disabled) {
      if (!reported.has(user.username))
        choice.facts.push(because('fact.disabled', personParams(user)));
    } else if (excluded) choice.facts.push(excluded);
    else if (user.id === ctx.initiatorId) placeInitiator(user, ctx, choice);
    else if (!choice.userIds.includes(user.id)) choice.userIds.push(user.id);
  }

  return choice;
}

/**
 * Resolves one approver rule against the organization and the request. Disabled, unknown and
 * excluded users are never chosen; the initiator is skipped, kept or replaced by their
 * supervisor as `ctx.initiator` says (default skip). Every step is recorded as a fact. Pure and
 * bounded: the same org, rule and context give the same answer; cycles in the org stop walks.
 */
export function resolveApprovers(rule: ApproverRule, ctx: ResolveContext): ResolvedApprovers {
  const found = find(rule, ctx);
  const choice = choose(found, ctx);
  const facts = [...found.facts, ...choice.facts];
  const { userIds } = choice;
  const reasonDetail =
    userIds.length > 0 || found.needsPick
      ? found.reason
      : because('rule.nobody-eligible', { rule: found.reason, fact: facts.at(-1) ?? '' });
  const resolution: ResolvedApprovers = {
    userIds,
    facts: facts.map((fact) => explain(fact, 'en')),
    reason: explain(reasonDetail, 'en'),
    factDetails: facts,
    reasonDetail,
    initiatorSkipped: choice.initiatorSkipped,
    ...(choice.initiatorSkipped && found.namedByInitiator === true
      ? { initiatorNamedBySelf: true as const }
      : {}),
  };

  return found.needsPick ? { ...resolution, needsPick: found.needsPick } : resolution;
}
