import { canonicalJson } from '../canonical-json.ts';
import type { FlowCommand } from './edit-core.ts';
import { FlowPolicies } from './flow.ts';

/** Policies to change; a key left out keeps its value. */
export type PoliciesPatch = Partial<FlowPolicies>;

const DEFAULTS: FlowPolicies = FlowPolicies.parse({});

/**
 * Changes the flow's policies (separation of duties) as one undoable edit. The result holds
 * every policy; policies that are all at their defaults are removed from the flow, so an
 * untouched flow keeps no `policies` key. A patch that changes nothing records nothing.
 */
export function updateFlowPolicies(options: { readonly patch: PoliciesPatch }): FlowCommand {
  return {
    name: 'updateFlowPolicies',
    apply(bundle) {
      const current = bundle.flow.policies;
      const next: FlowPolicies = { ...DEFAULTS, ...current, ...options.patch };
      if (current !== undefined && canonicalJson(current) === canonicalJson(next)) return bundle;
      if (canonicalJson(next) === canonicalJson(DEFAULTS)) {
        if (current === undefined) return bundle;
        const flow = { ...bundle.flow };
        delete flow.policies;

        return { ...bundle, flow };
      }

      return { ...bundle, flow: { ...bundle.flow, policies: next } };
    },
  };
}
