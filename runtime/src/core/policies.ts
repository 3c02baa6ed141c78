import { FlowPolicies, type FlowDefinition } from '@baton/schemas';

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
