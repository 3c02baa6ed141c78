import type { FlowBundle } from '@baton/schemas';
import type { CoreContext } from './context.ts';
import { decide } from './decide.ts';
import type { Command, Decision, Effect, InstanceEvent, InstanceState } from './types.ts';

export type AppliedCommands = {
  readonly state: InstanceState | null;
  readonly events: readonly InstanceEvent[];
  readonly effects: readonly Effect[];
  /** One decision per command, in order. */
  readonly decisions: readonly Decision[];
};

/**
 * Folds `decide` over a list of commands, collecting every event and effect: handy in tests and
 * benchmarks. A command that fails throws, like `decide` does.
 */
export function applyCommands(options: {
  bundle: FlowBundle;
  commands: readonly Command[];
  ctx: CoreContext;
  state?: InstanceState | null;
}): AppliedCommands {
  let state = options.state ?? null;
  const decisions: Decision[] = [];
  for (const command of options.commands) {
    const decision = decide(options.bundle, state, command, options.ctx);
    decisions.push(decision);
    state = decision.state;
  }

  return {
    state,
    events: decisions.flatMap((decision) => decision.events),
    effects: decisions.flatMap((decision) => decision.effects),
    decisions,
  };
}
