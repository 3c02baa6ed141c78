import type { FormDefinition, FormValues } from '../form/form.ts';
import { formEnvironment, formScope } from '../form/scope.ts';
import { checkExpression, type ExpressionCheck } from './check-expression.ts';
import { evaluateExpr } from './evaluate.ts';
import type { Locale } from '../i18n.ts';
import type { ExpressionScope } from './types.ts';

/** What a conditional approver rule may ask about the initiator, besides the form. */
export type InitiatorFacts = {
  readonly departmentId: string | null;
  readonly roles: readonly string[];
  readonly positions: readonly string[];
};

/** The names the initiator's facts have in an approver condition. */
export const INITIATOR_NAMES = {
  department: 'initiatorDepartment',
  roles: 'initiatorRoles',
  positions: 'initiatorPositions',
} as const;

/**
 * The scope of a conditional approver rule's `when`: the form's fields, then the initiator's
 * department id (`initiatorDepartment`), role keys (`initiatorRoles`) and position keys
 * (`initiatorPositions`). A form field with one of these keys is shadowed by the initiator fact.
 *
 * @example "amount >= 50000 && 'finance' in initiatorRoles"
 */
export function approverScope(form: FormDefinition): ExpressionScope {
  return {
    fields: {
      ...formScope(form).fields,
      [INITIATOR_NAMES.department]: 'string',
      [INITIATOR_NAMES.roles]: { list: 'string' },
      [INITIATOR_NAMES.positions]: { list: 'string' },
    },
  };
}

/** Type-checks an approver condition; never throws. */
export function checkApproverCondition(
  source: string,
  form: FormDefinition,
  locale: Locale = 'en',
): ExpressionCheck {
  return checkExpression(source, approverScope(form), { expected: 'boolean', locale });
}

/**
 * True only when the condition is definitely met (a missing value never makes it true). Returns
 * `false` for a source that does not check: the checker refuses such flows before publishing.
 */
export function evaluateApproverCondition(
  source: string,
  input: { form: FormDefinition; values: FormValues; initiator: InitiatorFacts },
): boolean {
  const checked = checkApproverCondition(source, input.form);
  if (!checked.ok || !checked.ast) return false;
  const { initiator } = input;
  const env = {
    ...formEnvironment(input.form, input.values),
    [INITIATOR_NAMES.department]: initiator.departmentId,
    [INITIATOR_NAMES.roles]: [...initiator.roles],
    [INITIATOR_NAMES.positions]: [...initiator.positions],
  };

  return evaluateExpr(checked.ast, env) === true;
}
