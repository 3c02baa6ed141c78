import type { OrgUser } from '@baton/schemas';
import { because, type Explanation } from '../explanations.ts';
import { keyParams, personParams } from '../names.ts';
import { holders, type Found, type ResolveContext, type RuleOf } from './found.ts';

/** @internal Named users, in the order given; ids that do not exist are recorded. */
export function byUser(rule: RuleOf<'user'>, ctx: ResolveContext): Found {
  const facts: Explanation[] = [];
  const candidates: OrgUser[] = [];
  for (const id of rule.userIds) {
    const user = ctx.org.getUser(id);
    if (user) candidates.push(user);
    else facts.push(because('fact.user-missing', { user: id }));
  }

  return { candidates, facts, reason: because('rule.user') };
}

/** @internal Every holder of a role, in the org's order. */
export function byRole(rule: RuleOf<'role'>, ctx: ResolveContext): Found {
  const role = keyParams(ctx.org, 'role', rule.role);
  const candidates = ctx.org.usersWithRole(rule.role);
  const facts = holders(
    candidates,
    (user) => because('fact.has-role', { ...personParams(user), ...role }),
    because('fact.nobody-has-role', role),
  );

  return { candidates, facts, reason: because('rule.role', role) };
}

/** @internal Every holder of a position, in the org's order. */
export function byPosition(rule: RuleOf<'position'>, ctx: ResolveContext): Found {
  const position = keyParams(ctx.org, 'position', rule.position);
  const candidates = ctx.org.usersWithPosition(rule.position);
  const facts = holders(
    candidates,
    (user) => because('fact.has-position', { ...personParams(user), ...position }),
    because('fact.nobody-has-position', position),
  );

  return { candidates, facts, reason: because('rule.position', position) };
}

/** @internal Every member of a group, in the group's order; members that do not exist are recorded. */
export function byGroup(rule: RuleOf<'group'>, ctx: ResolveContext): Found {
  const group = keyParams(ctx.org, 'group', rule.group);
  const reason = because('rule.group', group);
  const definition = ctx.org.getGroup(rule.group);
  if (!definition) return { candidates: [], facts: [because('fact.group-missing', group)], reason };
  const candidates = ctx.org.groupMembers(rule.group);
  const missing = definition.memberIds
    .filter((id) => !ctx.org.getUser(id))
    .map((id) => because('fact.user-missing', { user: id }));
  const facts = holders(
    candidates,
    (user) => because('fact.in-group', { ...personParams(user), ...group }),
    because('fact.group-empty', group),
  );

  return { candidates, facts: [...facts, ...missing], reason };
}
