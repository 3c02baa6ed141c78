import type { ApproverRule, OrgUser } from '@baton/schemas';
import type { OrgDirectory } from './org-directory.ts';

/**
 * Who a rule chose and why. `facts` are the org facts walked, in plain words
 * (`"wang.fang is head of 华东销售部"`), stored in the event so history does not change when the
 * org does. `userIds` is empty when nobody is eligible; `reason` then says why.
 */
export type ApproverResolution = {
  readonly userIds: readonly string[];
  readonly facts: readonly string[];
  readonly reason: string;
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
type Found = { readonly candidates: readonly OrgUser[]; facts: string[]; readonly reason: string };

function label(org: OrgDirectory, userId: string): string {
  return org.getUser(userId)?.username ?? userId;
}

function byUser(rule: Extract<ApproverRule, { kind: 'user' }>, ctx: ResolveContext): Found {
  const facts: string[] = [];
  const candidates: OrgUser[] = [];
  for (const id of rule.userIds) {
    const user = ctx.org.getUser(id);
    if (user) candidates.push(user);
    else facts.push(`user ${id} does not exist`);
  }

  return { candidates, facts, reason: 'named approvers' };
}

function byRole(rule: Extract<ApproverRule, { kind: 'role' }>, ctx: ResolveContext): Found {
  const candidates = ctx.org.usersWithRole(rule.role);
  const facts = candidates.map((user) => `${user.username} has role ${rule.role}`);
  if (candidates.length === 0) facts.push(`nobody has role ${rule.role}`);

  return { candidates, facts, reason: `role ${rule.role}` };
}

function byDepartmentHead(ctx: ResolveContext): Found {
  const who = label(ctx.org, ctx.initiatorId);
  const initiator = ctx.org.getUser(ctx.initiatorId);
  const unknown = `head of ${who}'s department`;
  if (!initiator) return nobody(unknown, `initiator ${who} is not in the organization`);
  if (initiator.departmentId === null) return nobody(unknown, `${who} has no department`);
  const department = ctx.org.getDepartment(initiator.departmentId);
  if (!department)
    return nobody(unknown, `department ${initiator.departmentId} of ${who} does not exist`);
  const reason = `head of ${department.name}`;
  const facts = [`${who} belongs to ${department.name}`];
  const head = ctx.org.departmentHead(department.id);
  // TODO(#3): fall back to the parent department's head (configurable) instead of nobody.
  if (department.headId === null) facts.push(`${department.name} has no head`);
  else if (!head) facts.push(`head ${department.headId} of ${department.name} does not exist`);
  else facts.push(`${head.username} is head of ${department.name}`);

  return { candidates: head ? [head] : [], facts, reason };
}

function bySupervisor(
  rule: Extract<ApproverRule, { kind: 'supervisor' }>,
  ctx: ResolveContext,
): Found {
  const who = label(ctx.org, ctx.initiatorId);
  const reason = `supervisor level ${rule.level} of ${who}`;
  if (!ctx.org.getUser(ctx.initiatorId))
    return nobody(reason, `initiator ${who} is not in the organization`);
  const chain = ctx.org.supervisorChain(ctx.initiatorId, rule.level);
  const facts: string[] = [];
  let below = who;
  for (const user of chain.users) {
    facts.push(`${user.username} is supervisor of ${below}`);
    below = user.username;
  }
  if (chain.stop === 'complete') return { candidates: chain.users.slice(-1), facts, reason };
  facts.push(stopFact(chain.stop, below, chain.stoppedAt));

  return { candidates: [], facts, reason };
}

function stopFact(stop: 'top' | 'cycle' | 'unknown-user', below: string, at?: string): string {
  if (stop === 'top') return `${below} has no supervisor`;
  if (stop === 'cycle') return `supervisor cycle: ${below} reports to ${at ?? '?'} again`;

  return `supervisor ${at ?? '?'} of ${below} does not exist`;
}

function nobody(reason: string, fact: string): Found {
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
    if (user.disabled) facts.push(`${user.username} is disabled and was skipped`);
    else if (user.id === ctx.initiatorId && ctx.skipInitiator !== false)
      facts.push(`${user.username} started the request and was skipped`);
    else if (!userIds.includes(user.id)) userIds.push(user.id);
  }
  const reason =
    userIds.length > 0 ? found.reason : `${found.reason}: nobody eligible (${facts.at(-1) ?? ''})`;

  return { userIds, facts, reason };
}
