import { excerpt } from '../../excerpt.ts';
import type { ApproverRule } from '../../flow/approver-rule.ts';
import type { Org } from '../../org/org.ts';
import type { CheckContext } from '../context.ts';

/** The org facts the approver rules are checked against. @internal */
export type Directory = {
  readonly roles: ReadonlySet<string>;
  /** Roles held by at least one enabled user. */
  readonly held: ReadonlySet<string>;
  readonly users: ReadonlyMap<string, { disabled: boolean }>;
};

export function directory(org: Org): Directory {
  const held = new Set(org.users.filter((user) => !user.disabled).flatMap((user) => user.roles));

  return {
    roles: new Set(org.roles.map((role) => role.key)),
    held,
    users: new Map(org.users.map((user) => [user.id, { disabled: user.disabled }])),
  };
}

const NAMES_SHOWN = 5;

/** The role keys and user ids of `rules` the org does not have, in order. */
function unknownNames(rules: readonly ApproverRule[], dir: Directory): string[] {
  return rules.flatMap((rule) => {
    if (rule.kind === 'role') return dir.roles.has(rule.role) ? [] : [rule.role];
    if (rule.kind === 'user') return rule.userIds.filter((user) => !dir.users.has(user));

    return [];
  });
}

/** True when every rule names only roles and users the org does not have. */
function allUnknown(rules: readonly ApproverRule[], dir: Directory): boolean {
  return (
    rules.length > 0 &&
    rules.every((rule) =>
      rule.kind === 'role'
        ? !dir.roles.has(rule.role)
        : rule.kind === 'user' && rule.userIds.every((user) => !dir.users.has(user)),
    )
  );
}

function warnEach(
  ctx: CheckContext,
  position: number,
  rules: readonly ApproverRule[],
  dir: Directory,
) {
  const warn = { severity: 'warning' as const, path: ['flow', 'nodes', position, 'config'] };
  for (const rule of rules) {
    const role = rule.kind === 'role' ? excerpt(rule.role) : '';
    if (rule.kind === 'role' && !dir.roles.has(rule.role)) {
      ctx.atNode(position, 'approver.unknown-role', { role }, warn);
    } else if (rule.kind === 'role' && !dir.held.has(rule.role)) {
      ctx.atNode(position, 'approver.role-without-users', { role }, warn);
    }
    if (rule.kind !== 'user') continue;
    for (const id of rule.userIds) {
      const found = dir.users.get(id);
      const user = excerpt(id);
      if (!found) ctx.atNode(position, 'approver.unknown-user', { user }, warn);
      else if (found.disabled) ctx.atNode(position, 'approver.disabled-user', { user }, warn);
    }
  }
}

/**
 * Approver and recipient rules against the org. A task step whose approvers are all unknown
 * (every role and user missing from the org) can never be approved: an error,
 * `approval.unknown-approver`. Otherwise each unknown role or user, role nobody enabled holds
 * and disabled user is a warning: the org may change before a request gets there.
 */
export function checkAgainstOrg(
  ctx: CheckContext,
  position: number,
  people: { approvers: readonly ApproverRule[]; recipients: readonly ApproverRule[] },
  dir: Directory,
): void {
  const { approvers, recipients } = people;
  if (ctx.capabilities(position).needsAssignees && allUnknown(approvers, dir)) {
    const unknown = unknownNames(approvers, dir);
    const shown = unknown.slice(0, NAMES_SHOWN).map((name) => `"${excerpt(name)}"`);
    const names = unknown.length > NAMES_SHOWN ? [...shown, '…'].join(', ') : shown.join(', ');
    const path = ['flow', 'nodes', position, 'config', 'approvers'];
    ctx.atNode(position, 'approval.unknown-approver', { names }, { path });
    warnEach(ctx, position, recipients, dir);

    return;
  }
  warnEach(ctx, position, [...approvers, ...recipients], dir);
}
