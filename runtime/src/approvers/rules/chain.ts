import { parseDecimal, type ChainEnd, type Dec, type OrgUser } from '@baton/schemas';
import { because, type Explanation } from '../explanations.ts';
import { keyParams, named, namesOf, personParams, type Named } from '../names.ts';
import type { OrgDirectory, SupervisorChain } from '../org-directory.ts';
import { nobody, type Found, type ResolveContext, type RuleOf } from './found.ts';

/** Far enough to reach the top of any org: the walk itself stops at the top or on a cycle. */
const WHOLE_CHAIN = Number.MAX_SAFE_INTEGER;

/** Who reports to whom along a walk, from the direct supervisor up. */
function supervisorFacts(chain: SupervisorChain, initiator: Named): Explanation[] {
  const facts: Explanation[] = [];
  let below = initiator;
  for (const user of chain.users) {
    facts.push(
      because('fact.is-supervisor', { ...personParams(user), ...personParams(below, 'below') }),
    );
    below = user;
  }

  return facts;
}

/** Why a walk ended before it was complete: the top, a cycle (named), a missing supervisor. */
function stopFact(
  org: OrgDirectory,
  chain: SupervisorChain,
  initiator: Named,
): Explanation | undefined {
  const user = personParams(chain.users.at(-1) ?? initiator);
  const at = chain.stoppedAt ?? '?';
  if (chain.stop === 'complete') return undefined;
  if (chain.stop === 'top') return because('fact.no-supervisor', user);
  if (chain.stop === 'cycle') {
    const ids = chain.cycle ?? [at];
    const cycleNames = namesOf(org, ids).join(' → ');

    return because('fact.supervisor-loop', { cycle: ids.join(' → '), cycleNames, ...user });
  }

  return because('fact.supervisor-missing', { ...user, at });
}

function walked(org: OrgDirectory, chain: SupervisorChain, initiator: Named): Explanation[] {
  const stop = stopFact(org, chain, initiator);

  return [...supervisorFacts(chain, initiator), ...(stop ? [stop] : [])];
}

/** @internal The initiator's supervisor `level` steps up; nobody when the walk stops before. */
export function bySupervisor(rule: RuleOf<'supervisor'>, ctx: ResolveContext): Found {
  const who = named(ctx.org, ctx.initiatorId);
  const reason = because('rule.supervisor', { level: rule.level, ...personParams(who) });
  if (!ctx.org.getUser(ctx.initiatorId))
    return nobody(reason, because('fact.initiator-unknown', { user: who.username }));
  const chain = ctx.org.supervisorChain(ctx.initiatorId, rule.level);
  const facts = walked(ctx.org, chain, who);
  const candidates = chain.stop === 'complete' ? chain.users.slice(-1) : [];

  return { candidates, facts, reason };
}

function chainReason(end: ChainEnd, who: Named, org: OrgDirectory): Explanation {
  const user = personParams(who);
  switch (end.kind) {
    case 'level':
      return because('rule.supervisor-chain-level', { ...user, level: end.level });
    case 'role':
      return because('rule.supervisor-chain-role', {
        ...user,
        ...keyParams(org, 'role', end.role),
      });
    case 'top':
      return because('rule.supervisor-chain-top', user);
    case 'approvalLimit':
      return because('rule.supervisor-chain-limit', { ...user, field: end.field });
  }
}

/** Up to and including the first enabled holder of `role`; nobody when the chain has none. */
function untilRole(
  chain: SupervisorChain,
  role: string,
  ctx: ResolveContext,
  reason: Explanation,
): Found {
  const who = named(ctx.org, ctx.initiatorId);
  const roleNames = keyParams(ctx.org, 'role', role);
  const facts = supervisorFacts(chain, who);
  const end = chain.users.findIndex((user) => !user.disabled && user.roles.includes(role));
  if (end < 0) {
    const stop = stopFact(ctx.org, chain, who);

    return nobody(
      reason,
      ...facts,
      ...(stop ? [stop] : []),
      because('fact.chain-role-missing', roleNames),
    );
  }
  const last = chain.users[end] ?? { username: '?', name: '?' };
  const endFact = because('fact.chain-end-role', { ...personParams(last), ...roleNames });

  return {
    candidates: chain.users.slice(0, end + 1),
    facts: [...facts.slice(0, end + 1), endFact],
    reason,
  };
}

/** The fact about one person's approval limit against the amount; true when it covers it. */
function limitFact(user: OrgUser, amount: Dec, text: string): [Explanation, boolean] {
  const written = user.approvalLimit;
  const limit = written === undefined ? null : parseDecimal(written);
  if (written === undefined || !limit) return [because('fact.no-limit', personParams(user)), false];
  const params = { ...personParams(user), limit: written, amount: text };
  const covers = limit.gte(amount);

  return [because(covers ? 'fact.limit-covers' : 'fact.limit-below', params), covers];
}

/** Up to and including the first enabled person whose approval limit covers the amount. */
function untilLimit(
  chain: SupervisorChain,
  field: string,
  ctx: ResolveContext,
  reason: Explanation,
): Found {
  const value = ctx.values?.[field];
  if (value === undefined || value === null || value === '')
    return nobody(reason, because('fact.field-empty', { field }));
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const amount = typeof value === 'string' ? parseDecimal(value) : null;
  if (!amount) return nobody(reason, because('fact.amount-invalid', { field, value: text }));
  const who = named(ctx.org, ctx.initiatorId);
  const chainFacts = supervisorFacts(chain, who);
  const facts: Explanation[] = [];
  for (const [index, user] of chain.users.entries()) {
    const reports = chainFacts[index];
    if (reports) facts.push(reports);
    if (user.disabled) {
      facts.push(because('fact.disabled', personParams(user)));
      continue;
    }
    const [fact, covers] = limitFact(user, amount, text);
    facts.push(fact);
    if (covers) return { candidates: chain.users.slice(0, index + 1), facts, reason };
  }
  const stop = stopFact(ctx.org, chain, who);

  return nobody(
    reason,
    ...facts,
    ...(stop ? [stop] : []),
    because('fact.limit-uncovered', { amount: text }),
  );
}

/**
 * @internal Every supervisor from the direct one up to where `end` says, in order. A walk that ends early
 * at the top (or on a cycle) keeps the people found for `level` and `top`; a `role` or
 * `approvalLimit` end that is never reached chooses nobody, with the facts saying why.
 */
export function bySupervisorChain(rule: RuleOf<'supervisorChain'>, ctx: ResolveContext): Found {
  const who = named(ctx.org, ctx.initiatorId);
  const { end } = rule;
  const reason = chainReason(end, who, ctx.org);
  if (!ctx.org.getUser(ctx.initiatorId))
    return nobody(reason, because('fact.initiator-unknown', { user: who.username }));
  const chain = ctx.org.supervisorChain(
    ctx.initiatorId,
    end.kind === 'level' ? end.level : WHOLE_CHAIN,
  );
  if (end.kind === 'role') return untilRole(chain, end.role, ctx, reason);
  if (end.kind === 'approvalLimit') return untilLimit(chain, end.field, ctx, reason);

  return { candidates: chain.users, facts: walked(ctx.org, chain, who), reason };
}
