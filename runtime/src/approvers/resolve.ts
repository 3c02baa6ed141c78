import type { ApproverRule, OrgUser } from '@baton/schemas';
import { because, explain, type Explanation } from './explanations.ts';
import type { OrgDirectory } from './org-directory.ts';

/**
 * Who a rule chose and why. `facts` are the org facts walked, in plain English
 * (`"wang.fang is head of 华东销售部"`), stored in the event so history does not change when the
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

export type ResolveContext = {
  readonly initiatorId: string;
  readonly org: OrgDirectory;
  /**
   * Leave the initiator out (default true): nobody approves their own request.
   * TODO(#3): make this a per-flow setting instead of always on for approvals.
   */
  readonly skipInitiator?: boolean;
};

/** Candidates a rule found before eligibility, with the facts walked to find them. */
type Found = {
  readonly candidates: readonly OrgUser[];
  readonly facts: Explanation[];
  readonly reason: Explanation;
};

function label(org: OrgDirectory, userId: string): string {
  return org.getUser(userId)?.username ?? userId;
}

function byUser(rule: Extract<ApproverRule, { kind: 'user' }>, ctx: ResolveContext): Found {
  const facts: Explanation[] = [];
  const candidates: OrgUser[] = [];
  for (const id of rule.userIds) {
    const user = ctx.org.getUser(id);
    if (user) candidates.push(user);
    else facts.push(because('fact.user-missing', { user: id }));
  }

  return { candidates, facts, reason: because('rule.user') };
}

function byRole(rule: Extract<ApproverRule, { kind: 'role' }>, ctx: ResolveContext): Found {
  const { role } = rule;
  const candidates = ctx.org.usersWithRole(role);
  const facts = candidates.map((user) => because('fact.has-role', { user: user.username, role }));
  if (candidates.length === 0) facts.push(because('fact.nobody-has-role', { role }));

  return { candidates, facts, reason: because('rule.role', { role }) };
}

function byDepartmentHead(ctx: ResolveContext): Found {
  const user = label(ctx.org, ctx.initiatorId);
  const initiator = ctx.org.getUser(ctx.initiatorId);
  const unknown = because('rule.department-head-unknown', { user });
  if (!initiator) return nobody(unknown, because('fact.initiator-unknown', { user }));
  if (initiator.departmentId === null)
    return nobody(unknown, because('fact.no-department', { user }));
  const department = ctx.org.getDepartment(initiator.departmentId);
  if (!department) {
    const fact = because('fact.department-missing', { user, department: initiator.departmentId });

    return nobody(unknown, fact);
  }
  const name = department.name;
  const facts = [because('fact.belongs-to', { user, department: name })];
  const head = ctx.org.departmentHead(department.id);
  // TODO(#3): fall back to the parent department's head (configurable) instead of nobody.
  if (department.headId === null) facts.push(because('fact.no-head', { department: name }));
  else if (!head)
    facts.push(because('fact.head-missing', { user: department.headId, department: name }));
  else facts.push(because('fact.is-head', { user: head.username, department: name }));

  return {
    candidates: head ? [head] : [],
    facts,
    reason: because('rule.department-head', { department: name }),
  };
}

function bySupervisor(
  rule: Extract<ApproverRule, { kind: 'supervisor' }>,
  ctx: ResolveContext,
): Found {
  const who = label(ctx.org, ctx.initiatorId);
  const reason = because('rule.supervisor', { level: rule.level, user: who });
  if (!ctx.org.getUser(ctx.initiatorId))
    return nobody(reason, because('fact.initiator-unknown', { user: who }));
  const chain = ctx.org.supervisorChain(ctx.initiatorId, rule.level);
  const facts: Explanation[] = [];
  let below = who;
  for (const user of chain.users) {
    facts.push(because('fact.is-supervisor', { user: user.username, below }));
    below = user.username;
  }
  if (chain.stop === 'complete') return { candidates: chain.users.slice(-1), facts, reason };
  facts.push(stopFact(chain.stop, below, chain.stoppedAt));

  return { candidates: [], facts, reason };
}

function stopFact(stop: 'top' | 'cycle' | 'unknown-user', user: string, at = '?'): Explanation {
  if (stop === 'top') return because('fact.no-supervisor', { user });
  if (stop === 'cycle') return because('fact.supervisor-cycle', { user, at });

  return because('fact.supervisor-missing', { user, at });
}

function nobody(reason: Explanation, fact: Explanation): Found {
  return { candidates: [], facts: [fact], reason };
}

function find(rule: ApproverRule, ctx: ResolveContext): Found {
  switch (rule.kind) {
    case 'user':
      return byUser(rule, ctx);
    case 'role':
      return byRole(rule, ctx);
    case 'departmentHead':
      return byDepartmentHead(ctx);
    case 'supervisor':
      return bySupervisor(rule, ctx);
  }
}

/**
 * Resolves one approver rule against the organization. Disabled users are never chosen and the
 * initiator is skipped (unless `skipInitiator` is false); both are recorded as facts. Pure: the
 * same org and rule give the same answer.
 */
export function resolveApprovers(rule: ApproverRule, ctx: ResolveContext): ApproverResolution {
  const found = find(rule, ctx);
  const facts = [...found.facts];
  const userIds: string[] = [];
  for (const user of found.candidates) {
    if (user.disabled) facts.push(because('fact.disabled', { user: user.username }));
    else if (user.id === ctx.initiatorId && ctx.skipInitiator !== false)
      facts.push(because('fact.initiator-skipped', { user: user.username }));
    else if (!userIds.includes(user.id)) userIds.push(user.id);
  }
  const reasonDetail =
    userIds.length > 0
      ? found.reason
      : because('rule.nobody-eligible', { rule: found.reason, fact: facts.at(-1) ?? '' });

  return {
    userIds,
    facts: facts.map((fact) => explain(fact, 'en')),
    reason: explain(reasonDetail, 'en'),
    factDetails: facts,
    reasonDetail,
  };
}
