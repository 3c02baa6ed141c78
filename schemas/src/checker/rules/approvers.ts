import { ApproverRule } from '../../flow/approver-rule.ts';
import type { Org } from '../../org/org.ts';
import type { CheckContext } from '../context.ts';

function rulesIn(value: unknown): ApproverRule[] {
  if (!Array.isArray(value)) return [];

  return value.flatMap((rule: unknown) => {
    const parsed = ApproverRule.safeParse(rule);

    return parsed.success ? [parsed.data] : [];
  });
}

type Directory = {
  readonly roles: ReadonlySet<string>;
  readonly held: ReadonlySet<string>;
  readonly users: ReadonlyMap<string, { disabled: boolean }>;
};

function directory(org: Org): Directory {
  const held = new Set(org.users.filter((user) => !user.disabled).flatMap((user) => user.roles));

  return {
    roles: new Set(org.roles.map((role) => role.key)),
    held,
    users: new Map(org.users.map((user) => [user.id, { disabled: user.disabled }])),
  };
}

function checkAgainstOrg(
  ctx: CheckContext,
  position: number,
  rules: ApproverRule[],
  dir: Directory,
) {
  const warn = { severity: 'warning' as const, path: ['flow', 'nodes', position, 'config'] };
  for (const rule of rules) {
    if (rule.kind === 'role' && !dir.roles.has(rule.role)) {
      ctx.atNode(position, 'approver.unknown-role', { role: rule.role }, warn);
    } else if (rule.kind === 'role' && !dir.held.has(rule.role)) {
      ctx.atNode(position, 'approver.role-without-users', { role: rule.role }, warn);
    }
    if (rule.kind !== 'user') continue;
    for (const user of rule.userIds) {
      const found = dir.users.get(user);
      if (!found) ctx.atNode(position, 'approver.unknown-user', { user }, warn);
      else if (found.disabled) ctx.atNode(position, 'approver.disabled-user', { user }, warn);
    }
  }
}

/**
 * Nodes that create tasks need approvers, CC nodes should have recipients, and with an org at
 * hand every named role and user should exist (warnings: the org may change before a request).
 */
export function checkApprovers(
  ctx: CheckContext,
  configs: readonly (Record<string, unknown> | undefined)[],
) {
  const dir = ctx.org ? directory(ctx.org) : undefined;
  for (const position of ctx.index.graphNodes) {
    const config = configs[position];
    if (!config) continue;
    const capabilities = ctx.capabilities(position);
    const approvers = rulesIn(config.approvers);
    const recipients = rulesIn(config.recipients);
    const path = ['flow', 'nodes', position, 'config'];
    if (capabilities.needsAssignees && approvers.length === 0) {
      ctx.atNode(position, 'approval.no-approvers', {}, { path: [...path, 'approvers'] });
    }
    if (capabilities.notifies && recipients.length === 0) {
      ctx.atNode(
        position,
        'cc.no-recipients',
        {},
        { path: [...path, 'recipients'], severity: 'warning' },
      );
    }
    if (dir) checkAgainstOrg(ctx, position, [...approvers, ...recipients], dir);
  }
}
