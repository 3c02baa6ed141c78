import { ApproverRule } from '../../flow/approver-rule.ts';
import type { FormField } from '../../form/form.ts';
import type { CheckContext } from '../context.ts';
import { checkApprovalSettings } from './approval-settings.ts';
import {
  checkPolicyFields,
  checkRuleConditions,
  checkRuleFields,
  fieldsByKey,
} from './approver-fields.ts';
import { type Directory, checkAgainstOrg, directory } from './org-approvers.ts';
import {
  checkSelfNaming,
  checkShadowedFields,
  checkVetoMembers,
  hasConditional,
} from './initiator-control.ts';
import { checkCoverage } from './org-coverage.ts';
import { OrgFacts } from './org-facts.ts';
import { PickReach, checkPicks } from './picks.ts';
import { placeRules } from './placed-rules.ts';

function rulesIn(value: unknown): ApproverRule[] {
  if (!Array.isArray(value)) return [];

  return value.flatMap((rule: unknown) => {
    const parsed = ApproverRule.safeParse(rule);

    return parsed.success ? [parsed.data] : [];
  });
}

/** What the approver checks share across the nodes of one flow. */
type Shared = {
  readonly fields: ReadonlyMap<string, FormField>;
  readonly reach: PickReach;
  readonly org?: { readonly dir: Directory; readonly facts: OrgFacts };
};

/** Checks one node's approver rules and settings; true when they hold a conditional rule. */
function checkNode(
  ctx: CheckContext,
  position: number,
  config: Record<string, unknown>,
  shared: Shared,
): boolean {
  const capabilities = ctx.capabilities(position);
  const path = ['flow', 'nodes', position, 'config'];
  const approverList = rulesIn(config.approvers);
  const recipientList = rulesIn(config.recipients);
  if (capabilities.needsAssignees && approverList.length === 0)
    ctx.atNode(position, 'approval.no-approvers', {}, { path: [...path, 'approvers'] });
  if (capabilities.notifies && recipientList.length === 0) {
    const place = { path: [...path, 'recipients'], severity: 'warning' as const };
    ctx.atNode(position, 'cc.no-recipients', {}, place);
  }
  const approvers = placeRules(approverList, [...path, 'approvers']);
  const recipients = placeRules(recipientList, [...path, 'recipients']);
  checkRuleFields(ctx, position, [...approvers, ...recipients], shared.fields);
  checkRuleConditions(ctx, position, approverList, [...path, 'approvers']);
  checkRuleConditions(ctx, position, recipientList, [...path, 'recipients']);
  checkPicks(ctx, position, { approvers, recipients }, shared.reach);
  if (capabilities.needsAssignees) {
    checkApprovalSettings(ctx, position, config);
    checkSelfNaming(ctx, position, { config, approvers });
    checkVetoMembers(ctx, position, { config, approvers });
  }
  if (shared.org) {
    checkAgainstOrg(ctx, position, { approvers, recipients, config }, shared.org.dir);
    if (capabilities.needsAssignees) checkCoverage(ctx, position, approvers, shared.org.facts);
  }

  return hasConditional(approverList) || hasConditional(recipientList);
}

/**
 * Approver rules and the settings around them. Nodes that create tasks need approvers, CC
 * nodes should have recipients; rules reading form fields need fields of the right type;
 * conditional rules need conditions that type-check; pick rules need someone to pick;
 * approval settings must fit together (see `checkApprovalSettings`); automatic approval of the
 * initiator should not meet approvers the initiator chooses, veto members should be approvers,
 * and form fields should not be named like the initiator facts of conditions (see
 * initiator-control.ts); the flow's minimum-approvers policy needs an amount field. With an org
 * at hand, every named role, position, group and user should exist, every pick range should
 * hold someone, and rules should find someone in every department (see `checkAgainstOrg`,
 * `checkCoverage`).
 */
export function checkApprovers(
  ctx: CheckContext,
  configs: readonly (Record<string, unknown> | undefined)[],
  fields: ReadonlyMap<string, FormField>,
) {
  const org = ctx.org ? { dir: directory(ctx.org), facts: new OrgFacts(ctx.org) } : undefined;
  const shared: Shared = { fields, reach: new PickReach(ctx), ...(org ? { org } : {}) };
  let conditional = false;
  for (const position of ctx.index.graphNodes) {
    const config = configs[position];
    if (config && checkNode(ctx, position, config, shared)) conditional = true;
  }
  checkPolicyFields(ctx, fields);
  if (conditional) checkShadowedFields(ctx);
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
