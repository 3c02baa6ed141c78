import { ApproverRule } from '../../flow/approver-rule.ts';
import type { CheckContext } from '../context.ts';
import { checkAgainstOrg, directory } from './org-approvers.ts';

function rulesIn(value: unknown): ApproverRule[] {
  if (!Array.isArray(value)) return [];

  return value.flatMap((rule: unknown) => {
    const parsed = ApproverRule.safeParse(rule);

    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Nodes that create tasks need approvers, CC nodes should have recipients, and with an org at
 * hand every named role and user should exist (see `checkAgainstOrg`).
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
    if (dir) checkAgainstOrg(ctx, position, { approvers, recipients }, dir);
  }
}

/**
 * A flow none of whose steps creates tasks (an approval, or any kind that needs assignees)
 * lets every request through unseen: a warning, `flow.no-approval-step`. Not reported while a
 * step has an unknown kind, which may be the missing one.
 */
export function checkApprovalPresence(ctx: CheckContext): void {
  const { graphNodes, kinds } = ctx.index;
  if (graphNodes.some((position) => kinds[position] === undefined)) return;
  if (graphNodes.some((position) => ctx.capabilities(position).needsAssignees)) return;

  ctx.report('flow.no-approval-step', {}, { path: ['flow', 'nodes'], severity: 'warning' });
}
