import { BatonError, type FlowBundle } from '@baton/schemas';
import type { PickNeed } from '../approvers/index.ts';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import type { CoreContext } from '../core/context.ts';
import { decideWith } from '../core/decide.ts';
import type { Command, Decision, InstanceState, Picks } from '../core/types.ts';
import type { Trace } from '../core/work.ts';
import type { PreviewInput } from './types.ts';

/** A pick the simulation met: who picks from whom, and whether it chose for them. */
export type PickRecord = PickNeed & { readonly chosen: boolean };

/** A run of one request where every open task is approved by its assignee, in order. */
export type Simulation = {
  readonly decisions: Decision[];
  readonly picks: Map<string, PickRecord>;
  state: InstanceState | null;
  /** What stopped it early: a refusal at submission, or an error on the way. */
  error?: BatonError;
};

export type SimulationOptions = {
  readonly org: OrgDirectory;
  readonly now: string;
  /** Off: skip the checks at submission (to show the steps before a refused one). */
  readonly checkRoute: boolean;
  /** Stop once a step of this node has been entered. */
  readonly stopAt?: string;
};

/** A fake clock (one second per reading from `now`) and counter ids. */
function simulatedContext(options: SimulationOptions): CoreContext {
  const start = Date.parse(options.now);
  let tick = 0;
  let counter = 0;

  return {
    now: () => new Date(start + 1000 * tick++).toISOString(),
    newId: (prefix) => `${prefix}-${++counter}`,
    org: options.org,
    instanceId: 'preview',
    flowKey: 'preview',
    flowVersion: 0,
  };
}

type Run = (trace: Trace) => Decision;

/**
 * Runs a command; when it needs a pick, picks (the input's, else the first candidate) and runs
 * it again. Each step is picked for once: a second request for the same step is an error.
 */
function withPicks(
  sim: Simulation,
  input: PreviewInput,
  run: Run,
  give: (nodeId: string, picked: string[]) => void,
): Decision {
  const given = new Set<string>();
  for (;;) {
    const trace: Trace = {};
    try {
      return run(trace);
    } catch (error) {
      const needed = trace.pickNeeded;
      const isPick = error instanceof BatonError && error.code === 'approval.pick-required';
      if (!isPick || !needed || given.has(needed.nodeId)) throw error;
      const fromInput = input.picks?.[needed.nodeId];
      const picked = fromInput ?? needed.need.candidateIds.slice(0, 1);
      sim.picks.set(needed.nodeId, { ...needed.need, chosen: fromInput === undefined });
      if (picked.length === 0) throw error;
      given.add(needed.nodeId);
      give(needed.nodeId, picked);
    }
  }
}

function entered(decision: Decision, nodeId: string | undefined): boolean {
  return decision.events.some(
    (event) => event.type === 'step.entered' && event.data['nodeId'] === nodeId,
  );
}

function approveNext(sim: Simulation, input: PreviewInput, run: RunCommand): Decision | null {
  const state = sim.state;
  const task = state?.tasks.find((candidate) => candidate.status === 'open');
  if (!state || !task) return null;
  let next: string[] | undefined;
  const approve = (): Command => ({
    type: 'approve',
    actorId: task.assigneeId,
    taskId: task.id,
    comment: 'preview',
    ...(next ? { nextApprovers: next } : {}),
  });

  return withPicks(
    sim,
    input,
    (trace) => run(state, approve(), trace),
    (_node, picked) => {
      next = picked;
    },
  );
}

type RunCommand = (state: InstanceState | null, command: Command, trace: Trace) => Decision;

function record(sim: Simulation, decision: Decision): void {
  sim.decisions.push(decision);
  sim.state = decision.state;
}

function startRequest(sim: Simulation, input: PreviewInput, run: RunCommand): Decision {
  const picks: Picks = { ...input.picks };
  const start = (): Command => ({
    type: 'start',
    actorId: input.initiatorId,
    values: input.values,
    picks: { ...picks },
  });
  const give = (nodeId: string, picked: string[]) => {
    picks[nodeId] = picked;
  };

  return withPicks(sim, input, (trace) => run(null, start(), trace), give);
}

/** Approves open tasks one by one until the request stops running, or `stopAt` is entered. */
function approveAll(
  sim: Simulation,
  job: { input: PreviewInput; run: RunCommand },
  options: {
    stopAt?: string;
    bound: number;
  },
): void {
  for (let left = options.bound; left > 0; left--) {
    const last = sim.decisions.at(-1);
    if (!last || sim.state?.status !== 'running') return;
    if (options.stopAt !== undefined && entered(last, options.stopAt)) return;
    const decision = approveNext(sim, job.input, job.run);
    if (!decision) return;
    record(sim, decision);
  }
}

/**
 * Simulates a request: started with the input's values and picks, then every open task
 * approved by its assignee until the request ends, up to a bound proportional to the flow.
 * Errors stop it and are kept in `error`; nothing outside the simulation changes.
 */
export function simulate(
  bundle: FlowBundle,
  input: PreviewInput,
  options: SimulationOptions,
): Simulation {
  const ctx = simulatedContext(options);
  const run: RunCommand = (state, command, trace) =>
    decideWith(bundle, state, command, ctx, { checkRoute: options.checkRoute, trace });
  const sim: Simulation = { decisions: [], picks: new Map(), state: null };
  const bound = 20 * (bundle.flow.nodes.length + 1);
  const stop = options.stopAt === undefined ? {} : { stopAt: options.stopAt };
  try {
    record(sim, startRequest(sim, input, run));
    approveAll(sim, { input, run }, { ...stop, bound });
  } catch (error) {
    if (!(error instanceof BatonError)) throw error;
    sim.error = error;
  }

  return sim;
}
