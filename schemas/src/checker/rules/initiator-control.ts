import { excerpt } from '../../excerpt.ts';
import { INITIATOR_NAMES } from '../../expression/approver-scope.ts';
import type { ApproverRule } from '../../flow/approver-rule.ts';
import { fieldLabel } from '../../form/labels.ts';
import type { CheckContext } from '../context.ts';
import type { PlacedRule } from './placed-rules.ts';

const warning = 'warning' as const;

/** Rules whose people the initiator chooses: a form field they fill in, or their own pick. */
function initiatorChooses({ rule }: PlacedRule): boolean {
  return (
    rule.kind === 'formField' ||
    rule.kind === 'initiatorPicks' ||
    (rule.kind === 'departmentHead' && rule.field !== undefined)
  );
}

/**
 * `initiator: 'autoApprove'` on a step whose approvers the initiator chooses (a `formField`
 * rule, an `initiatorPicks` rule, a department head of a department field, also inside a
 * conditional rule): the initiator can name themselves and be approved automatically. A
 * warning at `initiator`. @internal
 */
export function checkSelfNaming(
  ctx: CheckContext,
  position: number,
  step: { config: Record<string, unknown>; approvers: readonly PlacedRule[] },
): void {
  if (step.config.initiator !== 'autoApprove' || !step.approvers.some(initiatorChooses)) return;
  const path = ['flow', 'nodes', position, 'config', 'initiator'];
  ctx.atNode(position, 'approval.initiator-picks-self', {}, { path, severity: warning });
}

/**
 * Veto members who can never veto because they are not among the step's approvers, as far as
 * can be told without an org: only when every approver rule (conditional cases included) names
 * users. A warning at each such veto id. @internal
 */
export function checkVetoMembers(
  ctx: CheckContext,
  position: number,
  step: { config: Record<string, unknown>; approvers: readonly PlacedRule[] },
): void {
  const veto = step.config.vetoUserIds;
  if (!Array.isArray(veto) || veto.length === 0 || step.approvers.length === 0) return;
  const named = new Set<string>();
  for (const { rule } of step.approvers) {
    if (rule.kind !== 'user') return;
    for (const id of rule.userIds) named.add(id);
  }
  const base = ['flow', 'nodes', position, 'config', 'vetoUserIds'];
  veto.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || named.has(id)) return;
    const place = { path: [...base, index], severity: warning };
    ctx.atNode(position, 'approval.veto-not-approver', { user: excerpt(id) }, place);
  });
}

const reserved: ReadonlySet<string> = new Set(Object.values(INITIATOR_NAMES));

/** True when `rules` hold a conditional rule. */
export function hasConditional(rules: readonly ApproverRule[]): boolean {
  return rules.some((rule) => rule.kind === 'conditional');
}

/**
 * Form fields named like an initiator fact of approver conditions (`initiatorDepartment`,
 * `initiatorRoles`, `initiatorPositions`) in a flow with conditional approver rules: in those
 * conditions the name reads the initiator, never the field. A warning at the field's key.
 * @internal
 */
export function checkShadowedFields(ctx: CheckContext): void {
  ctx.bundle.form.fields.forEach((field, index) => {
    if (!reserved.has(field.key)) return;
    const params = { field: fieldLabel(field, ctx.locale), key: field.key };
    const path = ['form', 'fields', index, 'key'];
    ctx.report('approver.field-shadowed', params, { path, severity: warning });
  });
}
