import { canonicalJson } from '../canonical-json.ts';
import type { FlowCommand } from './edit-core.ts';
import { FlowPolicies } from './flow.ts';

/**
 * Policies to change; a key left out keeps its value, and an optional policy set to `undefined`
 * (such as `amountField`) is removed; a required one set to `undefined` takes its default.
 */
export type PoliciesPatch = { readonly [K in keyof FlowPolicies]?: FlowPolicies[K] | undefined };

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
      const next: FlowPolicies = { ...DEFAULTS, ...current };
      for (const [key, value] of Object.entries(options.patch)) {
        const chosen: unknown = value === undefined ? Reflect.get(DEFAULTS, key) : value;
        if (chosen === undefined) Reflect.deleteProperty(next, key);
        else Reflect.set(next, key, chosen);
      }
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
