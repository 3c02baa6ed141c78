import { ApprovalConfig, BatonError, type FlowBundle } from '@baton/schemas';
import type { PickNeed } from '../approvers/index.ts';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import type { CoreContext } from '../core/context.ts';
import { decideWith } from '../core/decide.ts';
import { kindOf, nodeConfig } from '../core/graph.ts';
import { picksByApprover } from '../core/picks.ts';
import type { Command, Decision, InstanceState, Picks } from '../core/types.ts';
import type { Trace } from '../core/work.ts';
import { runtimeError } from '../messages.ts';
import type { PreviewInput } from './types.ts';

/** A pick the simulation met: who picks from whom, and whether it chose a stand-in. */
export type PickRecord = PickNeed & { readonly chosen: boolean };

/** A run of one request where every open task is approved by its assignee, in order. */
export type Simulation = {
  readonly decisions: Decision[];
  readonly picks: Map<string, PickRecord>;
  /** People the simulation picked to go on where nobody had picked yet: never shown. */
  readonly standIns: Set<string>;
  state: InstanceState | null;
  /** What stopped it early: a refusal at submission, an error on the way, or its budget. */
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

/** Most approvals one preview simulates: beyond, it is refused as `preview.too-long`. */
export const MAX_PREVIEW_APPROVALS = 5000;

/** Steps one preview may enter per node of the flow (a loop stops there). */
const STEPS_PER_NODE = 20;

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

/**
 * The input's picks by who makes them: for steps the previous approver picks, what that
 * approver would pick (given with their approval, as a sample in the designer says); all
 * others go with the submission, which refuses those no step takes, as a real one does.
 */
function splitPicks(bundle: FlowBundle, picks: Picks | undefined) {
  const later = ([nodeId]: [string, unknown]) => {
    const node = bundle.flow.nodes.find((candidate) => candidate.id === nodeId);
    if (!node || kindOf(node).capabilities.needsAssignees !== true) return false;

    return picksByApprover(nodeConfig(node, ApprovalConfig).approvers);
  };
  const entries = Object.entries(picks ?? {});

  // fromEntries keeps every key an own property, `__proto__` included.
  return {
    submitted: Object.fromEntries(entries.filter((entry) => !later(entry))),
    byApprover: Object.fromEntries(entries.filter(later)),
  };
}

type Run = (trace: Trace) => Decision;

/**
 * Runs a command; when it needs a pick, picks (from `given`, else the first candidate as a
 * stand-in) and runs it again. Each step is picked for once: a second request for the same
 * step is an error.
 */
function withPicks(
  sim: Simulation,
  given: Picks,
  run: Run,
  give: (nodeId: string, picked: string[]) => void,
): Decision {
  const done = new Set<string>();
  for (;;) {
    const trace: Trace = {};
    try {
      return run(trace);
    } catch (error) {
      const needed = trace.pickNeeded;
      const isPick = error instanceof BatonError && error.code === 'approval.pick-required';
      if (!isPick || !needed || done.has(needed.nodeId)) throw error;
      const fromInput = Object.hasOwn(given, needed.nodeId) ? given[needed.nodeId] : undefined;
      const picked = fromInput ?? needed.need.candidateIds.slice(0, 1);
      sim.picks.set(needed.nodeId, { ...needed.need, chosen: fromInput === undefined });
      if (picked.length === 0) throw error;
      if (fromInput === undefined) for (const userId of picked) sim.standIns.add(userId);
      done.add(needed.nodeId);
      give(needed.nodeId, picked);
    }
  }
}

type RunCommand = (state: InstanceState | null, command: Command, trace: Trace) => Decision;

/** What a simulation runs with: the input, its picks split, and how to run a command. */
type Job = {
  readonly input: PreviewInput;
  readonly submitted: Picks;
  readonly byApprover: Picks;
  readonly run: RunCommand;
};

function approveNext(sim: Simulation, job: Job): Decision | null {
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
    job.byApprover,
    (trace) => job.run(state, approve(), trace),
    (_node, picked) => {
      next = picked;
    },
  );
}

function record(sim: Simulation, decision: Decision): void {
  sim.decisions.push(decision);
  sim.state = decision.state;
}

function startRequest(sim: Simulation, job: Job): Decision {
  const picks: Picks = { ...job.submitted };
  const start = (): Command => ({
    type: 'start',
    actorId: job.input.initiatorId,
    values: job.input.values,
    ...(Object.keys(picks).length > 0 ? { picks: { ...picks } } : {}),
  });
  const give = (nodeId: string, picked: string[]) => {
    picks[nodeId] = picked;
  };

  return withPicks(sim, job.submitted, (trace) => job.run(null, start(), trace), give);
}

function stepsEntered(decision: Decision, nodeId?: string): number {
  return decision.events.filter(
    (event) =>
      event.type === 'step.entered' && (nodeId === undefined || event.data['nodeId'] === nodeId),
  ).length;
}

/**
 * Approves open tasks one by one until the request stops running, or `stopAt` is entered.
 * A route entering more steps than `maxSteps` (a loop) or asking more approvals than
 * `MAX_PREVIEW_APPROVALS` stops with `preview.too-long`.
 */
function approveAll(sim: Simulation, job: Job, options: { stopAt?: string; maxSteps: number }) {
  const [first] = sim.decisions;
  let steps = first ? stepsEntered(first) : 0;
  for (let approvals = 0; ; approvals++) {
    const last = sim.decisions.at(-1);
    if (!last || sim.state?.status !== 'running') return;
    if (options.stopAt !== undefined && stepsEntered(last, options.stopAt) > 0) return;
    if (steps > options.maxSteps || approvals >= MAX_PREVIEW_APPROVALS) {
      const limits = { steps: options.maxSteps, approvals: MAX_PREVIEW_APPROVALS };
      sim.error = runtimeError('preview.too-long', limits);

      return;
    }
    const decision = approveNext(sim, job);
    if (!decision) return;
    record(sim, decision);
    steps += stepsEntered(decision);
  }
}

/**
 * Simulates a request: started with the input's values and picks, then every open task
 * approved by its assignee until the request ends. The number of approvals follows the route
 * (a step of 200 approvers is 200 approvals), bounded by `MAX_PREVIEW_APPROVALS` and by
 * `STEPS_PER_NODE` steps per node of the flow. Errors stop it and are kept in `error`;
 * nothing outside the simulation changes.
 */
export function simulate(
  bundle: FlowBundle,
  input: PreviewInput,
  options: SimulationOptions,
): Simulation {
  const ctx = simulatedContext(options);
  const run: RunCommand = (state, command, trace) =>
    decideWith(bundle, state, command, ctx, { checkRoute: options.checkRoute, trace });
  const job: Job = { input, ...splitPicks(bundle, input.picks), run };
  const sim: Simulation = { decisions: [], picks: new Map(), standIns: new Set(), state: null };
  const maxSteps = STEPS_PER_NODE * (bundle.flow.nodes.length + 1);
  const stop = options.stopAt === undefined ? {} : { stopAt: options.stopAt };
  try {
    record(sim, startRequest(sim, job));
    approveAll(sim, job, { ...stop, maxSteps });
  } catch (error) {
    if (!(error instanceof BatonError)) throw error;
    sim.error = error;
  }

  return sim;
}
