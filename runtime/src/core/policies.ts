import { FlowPolicies, parseDecimal, type FlowDefinition, type FormValues } from '@baton/schemas';

const parsed = new WeakMap<FlowDefinition, FlowPolicies>();

/**
 * The flow's separation-of-duties policies with their defaults applied (a flow without
 * `policies` gets the defaults: no dedupe, no self-approval, no distinct or amount rule).
 * Memoized on the (never mutated) definition object.
 */
export function policiesOf(flow: FlowDefinition): FlowPolicies {
  const known = parsed.get(flow);
  if (known) return known;
  const policies = FlowPolicies.parse(flow.policies ?? {});
  parsed.set(flow, policies);

  return policies;
}

type AmountRule = FlowPolicies['minApprovers'][number];

function amountOf(values: FormValues, field: string) {
  const value = Object.hasOwn(values, field) ? values[field] : undefined;
  if (typeof value === 'string') return parseDecimal(value);

  return typeof value === 'number' && Number.isFinite(value) ? parseDecimal(String(value)) : null;
}

/** Whether the values reach the rule's amount; a missing or non-numeric value never does. */
function applies(rule: AmountRule, values: FormValues): boolean {
  const amount = amountOf(values, rule.field);
  const threshold = parseDecimal(rule.atLeast);

  return amount !== null && threshold !== null && amount.greaterThanOrEqualTo(threshold);
}

/**
 * `minApprovers`: how many distinct people must approve a request with these values (the most
 * any rule whose amount they reach asks for), 0 when no rule applies.
 */
export function approversRequired(flow: FlowDefinition, values: FormValues): number {
  const rules = policiesOf(flow).minApprovers.filter((rule) => applies(rule, values));

  return Math.max(0, ...rules.map((rule) => rule.approvers));
}
