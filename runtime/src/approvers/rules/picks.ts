import type { ApproverRule, OrgUser, PickRange } from '@baton/schemas';
import { because, type Explanation } from '../explanations.ts';
import { keyParams, personById, personParams } from '../names.ts';
import type { OrgDirectory } from '../org-directory.ts';
import { chooseCase } from './conditional.ts';
import type { Found, ResolveContext, RuleOf } from './found.ts';

type PickRule = RuleOf<'initiatorPicks' | 'approverPicks'>;
type RangeEntry = PickRange[number];

/** Each directory's users by their position in the org's order, built once per directory. */
const ranks = new WeakMap<OrgDirectory, ReadonlyMap<string, number>>();

function rankOf(org: OrgDirectory): ReadonlyMap<string, number> {
  let rank = ranks.get(org);
  if (!rank) ranks.set(org, (rank = new Map(org.users().map((user, index) => [user.id, index]))));

  return rank;
}

function inEntry(user: OrgUser, entry: RangeEntry, org: OrgDirectory): boolean {
  switch (entry.kind) {
    case 'user':
      return entry.userIds.includes(user.id);
    case 'role':
      return user.roles.includes(entry.role);
    case 'position':
      return user.positions.includes(entry.position);
    case 'group':
      return org.getGroup(entry.group)?.memberIds.includes(user.id) ?? false;
  }
}

/** True when the user is in the range (an empty range holds everyone). */
function inRange(user: OrgUser, range: PickRange, org: OrgDirectory): boolean {
  return range.length === 0 || range.some((entry) => inEntry(user, entry, org));
}

function entryUsers(entry: RangeEntry, org: OrgDirectory, facts: Explanation[]) {
  switch (entry.kind) {
    case 'user':
      return entry.userIds.flatMap((id) => {
        const user = org.getUser(id);
        if (!user) facts.push(because('fact.user-missing', { user: id }));

        return user ? [user] : [];
      });
    case 'role':
      return org.usersWithRole(entry.role);
    case 'position':
      return org.usersWithPosition(entry.position);
    case 'group':
      if (!org.getGroup(entry.group))
        facts.push(because('fact.group-missing', keyParams(org, 'group', entry.group)));

      return org.groupMembers(entry.group);
  }
}

/** Why a user may not be picked for who they are: the picker themselves, or the initiator. */
function barredAsPerson(user: OrgUser, ctx: ResolveContext): Explanation | undefined {
  if (user.id === ctx.picker) return because('pick.self', personParams(user));
  if (user.id === ctx.initiatorId && ctx.initiator !== 'act')
    return because('pick.initiator', personParams(user));

  return undefined;
}

/** Why a user in range may not be picked now: disabled, or excluded by a policy. */
function barredNow(user: OrgUser, ctx: ResolveContext): Explanation | undefined {
  if (user.disabled) return because('pick.disabled', personParams(user));
  const excluded = ctx.excluded?.get(user.id);

  return excluded
    ? because('pick.excluded', { ...personParams(user), reason: excluded })
    : undefined;
}

/** Why a user in range may not be picked (the picker, the initiator, disabled, excluded). */
function barred(user: OrgUser, ctx: ResolveContext): Explanation | undefined {
  return barredAsPerson(user, ctx) ?? barredNow(user, ctx);
}

/**
 * Who may be picked from a range: enabled users in it, in the org's order, leaving out the
 * picker, the initiator (unless they may act) and excluded people. An empty range is every
 * enabled user.
 * `factDetails` records named users or groups that do not exist.
 */
export function pickCandidates(
  range: PickRange,
  ctx: ResolveContext,
): { userIds: string[]; factDetails: Explanation[] } {
  const facts: Explanation[] = [];
  const users =
    range.length === 0
      ? ctx.org.users()
      : range.flatMap((entry) => entryUsers(entry, ctx.org, facts));
  const rank = rankOf(ctx.org);
  const ids = new Set(users.filter((user) => !barred(user, ctx)).map((user) => user.id));
  const userIds = [...ids].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));

  return { userIds, factDetails: facts };
}

/** The pick rules a rule stands for: itself, or those of the case a conditional chooses. */
function pickRulesOf(rule: ApproverRule, ctx: ResolveContext): PickRule[] {
  if (rule.kind === 'initiatorPicks' || rule.kind === 'approverPicks') return [rule];
  if (rule.kind !== 'conditional') return [];

  return chooseCase(rule, ctx).rules.flatMap((inner) => pickRulesOf(inner, ctx));
}

/**
 * Why one picked id does not fit, if it does not. Who the person is comes before the range, so
 * that picking yourself reads the same whatever the range holds.
 */
function checkOne(id: string, rule: PickRule, ctx: ResolveContext): Explanation | undefined {
  const user = ctx.org.getUser(id);
  if (!user) return because('pick.unknown', { user: id });
  const person = barredAsPerson(user, ctx);
  if (person) return person;
  if (!inRange(user, rule.range, ctx.org)) return because('pick.outside-range', personParams(user));

  return barredNow(user, ctx);
}

/** How often each id was picked, in the order first picked. */
function countPicks(picked: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of picked) counts.set(id, (counts.get(id) ?? 0) + 1);

  return counts;
}

/**
 * Why `picked` does not fit the pick rule (or the pick rule a conditional chooses): nobody
 * picked, several where one is asked, someone picked more than once, unknown, the picker, the
 * initiator, outside the range, disabled, excluded. Each person's problems are told once, by
 * username when known. Empty when the picks are fine, or when the rule picks nothing.
 */
export function checkPicks(
  rule: ApproverRule,
  picked: readonly string[],
  ctx: ResolveContext,
): Explanation[] {
  const [pickRule] = pickRulesOf(rule, ctx);
  if (!pickRule) return [];
  if (picked.length === 0) return [because('pick.none')];
  const problems: Explanation[] = [];
  if (!pickRule.multiple && picked.length > 1)
    problems.push(because('pick.several', { count: picked.length }));
  for (const [id, count] of countPicks(picked)) {
    if (count > 1) problems.push(because('pick.repeated', { ...personById(ctx.org, id), count }));
    const problem = checkOne(id, pickRule, ctx);
    if (problem) problems.push(problem);
  }

  return problems;
}

/** Nobody found for a pick rule, because nobody could pick: no approver entered the step. */
function nobodyToPick(): Found {
  return {
    candidates: [],
    facts: [because('fact.no-picker')],
    reason: because('rule.approver-picks'),
  };
}

/**
 * @internal The people picked for the step, in the order given (only the first when one is
 * asked). Before anyone picked: nobody, and `needsPick` says who picks from which candidates.
 * An `approverPicks` rule with no picker (`ctx.picker === null`) finds nobody, saying why.
 */
export function byPicks(rule: PickRule, ctx: ResolveContext): Found {
  const by = rule.kind === 'initiatorPicks' ? 'initiator' : 'approver';
  if (by === 'approver' && ctx.picker === null) return nobodyToPick();
  const found = pickedPeople(rule, ctx);

  // The initiator's own pick: whoever it names, they named.
  return by === 'initiator' ? { ...found, namedByInitiator: true } : found;
}

function pickedPeople(rule: PickRule, ctx: ResolveContext): Found {
  const by = rule.kind === 'initiatorPicks' ? 'initiator' : 'approver';
  if (ctx.picked === undefined) {
    const candidateIds = pickCandidates(rule.range, ctx).userIds;
    const reason = because(
      by === 'initiator' ? 'rule.initiator-picks-pending' : 'rule.approver-picks-pending',
    );

    return {
      candidates: [],
      facts: [],
      reason,
      needsPick: { by, multiple: rule.multiple, candidateIds },
    };
  }
  const facts: Explanation[] = [];
  if (ctx.picked.length === 0) facts.push(because('pick.none'));
  if (!rule.multiple && ctx.picked.length > 1)
    facts.push(because('pick.several', { count: ctx.picked.length }));
  const candidates: OrgUser[] = [];
  for (const id of rule.multiple ? ctx.picked : ctx.picked.slice(0, 1)) {
    const user = ctx.org.getUser(id);
    if (!user) facts.push(because('pick.unknown', { user: id }));
    else if (user.id === ctx.picker) facts.push(because('pick.self', personParams(user)));
    else if (!inRange(user, rule.range, ctx.org))
      facts.push(because('pick.outside-range', personParams(user)));
    else {
      facts.push(
        because(
          by === 'initiator' ? 'fact.picked-by-initiator' : 'fact.picked-by-approver',
          personParams(user),
        ),
      );
      candidates.push(user);
    }
  }
  const reason = because(by === 'initiator' ? 'rule.initiator-picks' : 'rule.approver-picks');

  return { candidates, facts, reason };
}
