import { excerpt } from '../../excerpt.ts';
import { checkApproverCondition } from '../../expression/approver-scope.ts';
import type { ApproverRule } from '../../flow/approver-rule.ts';
import type { FieldType, FormField } from '../../form/form.ts';
import { fieldLabel } from '../../form/labels.ts';
import { type IssuePath, placeExpressionIssue } from '../../issue-factory.ts';
import { type PhraseKey, phrase } from '../../messages.ts';
import type { CheckContext } from '../context.ts';
import type { PlacedRule } from './placed-rules.ts';

/** What a field reference needs: the phrase naming it and the field types that fit. */
type FieldNeed = { readonly kind: PhraseKey; readonly types: readonly FieldType[] };

const DEPARTMENT: FieldNeed = { kind: 'field-kind.department', types: ['department'] };
const PERSON: FieldNeed = { kind: 'field-kind.person', types: ['user', 'department'] };
/** Money, number or computed (a computed field is always a money or number value). */
export const AMOUNT: FieldNeed = {
  kind: 'field-kind.amount',
  types: ['money', 'number', 'computed'],
};

/** The field a rule reads, with where its key sits and what it must be. */
function fieldRef(placed: PlacedRule): { key: string; path: IssuePath; need: FieldNeed } | null {
  const { rule, path } = placed;
  if (rule.kind === 'departmentHead' && rule.field !== undefined)
    return { key: rule.field, path: [...path, 'field'], need: DEPARTMENT };
  if (rule.kind === 'formField') return { key: rule.field, path: [...path, 'field'], need: PERSON };
  if (rule.kind === 'supervisorChain' && rule.end.kind === 'approvalLimit')
    return { key: rule.end.field, path: [...path, 'end', 'field'], need: AMOUNT };

  return null;
}

/** The form's fields by key, built once per check. @internal */
export function fieldsByKey(ctx: CheckContext): ReadonlyMap<string, FormField> {
  return new Map(ctx.bundle.form.fields.map((field) => [field.key, field]));
}

/**
 * Approver rules that read a form field: `departmentHead.field` must name a `department`
 * field, `formField.field` a `user` or `department` field, and a chain ending at an approval
 * limit a money, number or computed field. An unknown field and a field of the wrong type are
 * errors at the key. @internal
 */
export function checkRuleFields(
  ctx: CheckContext,
  position: number,
  rules: readonly PlacedRule[],
  fields: ReadonlyMap<string, FormField>,
): void {
  for (const placed of rules) {
    const ref = fieldRef(placed);
    if (!ref) continue;
    const field = fields.get(ref.key);
    if (!field) {
      ctx.atNode(
        position,
        'approver.unknown-field',
        { field: excerpt(ref.key) },
        { path: ref.path },
      );
    } else if (!ref.need.types.includes(field.type)) {
      const params = {
        field: fieldLabel(field, ctx.locale),
        expected: phrase(ref.need.kind, {}, ctx.locale),
      };
      ctx.atNode(position, 'approver.field-type', params, { path: ref.path });
    }
  }
}

/**
 * Type-checks the `when` of every case of the conditional rules in `rules` (see
 * `checkApproverCondition`): each issue keeps its code and its offsets in the condition, with
 * the path to that `when`. @internal
 */
export function checkRuleConditions(
  ctx: CheckContext,
  position: number,
  rules: readonly ApproverRule[],
  base: IssuePath,
): void {
  const { locale } = ctx;
  const node = ctx.nodeName(position);
  const nodeId = ctx.index.nodes[position]?.id;
  rules.forEach((rule, index) => {
    if (rule.kind !== 'conditional') return;
    rule.cases.forEach((entry, at) => {
      const check = checkApproverCondition(entry.when, ctx.bundle.form, locale);
      if (check.ok) return;
      const prefix = `${phrase('where.approver-condition', { node, case: at + 1 }, locale)}: `;
      const path = [...base, index, 'cases', at, 'when'];
      for (const issue of check.issues) {
        ctx.issues.push(placeExpressionIssue(issue, { path, locale, prefix, nodeId }));
      }
    });
  });
}

/**
 * The flow policy "at least N approvers above an amount" must read a money, number or
 * computed field of the form: an unknown field or one of another type is an error. @internal
 */
export function checkPolicyFields(ctx: CheckContext, fields: ReadonlyMap<string, FormField>) {
  const rules = ctx.bundle.flow.policies?.minApprovers ?? [];
  rules.forEach((rule, index) => {
    const path = ['flow', 'policies', 'minApprovers', index, 'field'];
    const field = fields.get(rule.field);
    const approvers = rule.approvers;
    if (!field) {
      ctx.report('policy.unknown-field', { field: excerpt(rule.field), approvers }, { path });
    } else if (!AMOUNT.types.includes(field.type)) {
      const params = {
        field: fieldLabel(field, ctx.locale),
        expected: phrase(AMOUNT.kind, {}, ctx.locale),
        approvers,
      };
      ctx.report('policy.field-type', params, { path });
    }
  });
}
