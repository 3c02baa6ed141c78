import {
  evaluateApproverCondition,
  type ConditionalRule,
  type FormDefinition,
  type SimpleApproverRule,
} from '@baton/schemas';
import { because, type Explanation } from '../explanations.ts';
import type { FindSimple, Found, ResolveContext } from './found.ts';

/** Conditions are checked against the form; without one, only initiator facts are known. */
const NO_FORM: FormDefinition = { schemaVersion: 1, fields: [] };

/** @internal The case a conditional rule chose: its 1-based index (absent for `otherwise`) and rules. */
export type ChosenCase = {
  readonly index?: number;
  readonly when?: string;
  readonly rules: readonly SimpleApproverRule[];
  readonly fact: Explanation;
};

/**
 * @internal The first case whose `when` holds for the form values and the initiator's department, roles
 * and positions, else `otherwise`. A condition that does not check, or a missing value, never
 * holds (see `evaluateApproverCondition`).
 */
export function chooseCase(rule: ConditionalRule, ctx: ResolveContext): ChosenCase {
  const initiator = ctx.org.getUser(ctx.initiatorId);
  const input = {
    form: ctx.form ?? NO_FORM,
    values: ctx.values ?? {},
    initiator: {
      departmentId: initiator?.departmentId ?? null,
      roles: initiator?.roles ?? [],
      positions: initiator?.positions ?? [],
    },
  };
  for (const [offset, entry] of rule.cases.entries()) {
    if (!evaluateApproverCondition(entry.when, input)) continue;
    const index = offset + 1;
    const fact = because('fact.case-matched', { index, when: entry.when });

    return { index, when: entry.when, rules: entry.rules, fact };
  }

  return { rules: rule.otherwise, fact: because('fact.no-case-matched') };
}

function caseReason(chosen: ChosenCase, reasons: readonly Explanation[]): Explanation {
  const [only] = reasons;
  if (!only) return because('rule.conditional-none');
  const reason = reasons.length === 1 ? only : because('rules.all', { reasons });
  if (chosen.index === undefined) return because('rule.conditional-otherwise', { reason });

  return because('rule.conditional-case', { index: chosen.index, when: chosen.when ?? '', reason });
}

/** @internal The people of the chosen case's rules, in rule order, after the fact naming the case. */
export function byConditional(rule: ConditionalRule, ctx: ResolveContext, find: FindSimple): Found {
  const chosen = chooseCase(rule, ctx);
  const found = chosen.rules.map((inner) => find(inner, ctx));
  const needsPick = found.find((one) => one.needsPick)?.needsPick;
  const result: Found = {
    candidates: found.flatMap((one) => one.candidates),
    facts: [chosen.fact, ...found.flatMap((one) => one.facts)],
    reason: caseReason(
      chosen,
      found.map((one) => one.reason),
    ),
    ...(initiatorNamedThemselves(found, ctx) ? { namedByInitiator: true } : {}),
  };

  return needsPick ? { ...result, needsPick } : result;
}

/** Whether every inner rule that found the initiator found them in values they gave. */
function initiatorNamedThemselves(found: readonly Found[], ctx: ResolveContext): boolean {
  const naming = found.filter((one) => one.candidates.some((user) => user.id === ctx.initiatorId));

  return naming.length > 0 && naming.every((one) => one.namedByInitiator === true);
}
