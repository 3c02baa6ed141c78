import { ApprovalConfig, formatMessage, type BatonError, type FlowBundle } from '@baton/schemas';
import { pickCandidates } from '../approvers/index.ts';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import { graphOf, kindOf, nodeConfig } from '../core/graph.ts';
import { pickRulesOf } from '../core/picks.ts';
import type { InstanceState } from '../core/types.ts';
import { runtimeError, runtimeMessages } from '../messages.ts';
import { because, explainBoth } from '../approvers/explanations.ts';
import { collectSteps, type Collected, type StandIns } from './collect.ts';
import { simulate, type Simulation } from './simulate.ts';
import type { BothTexts, PreviewInput, PreviewStep, RoutePreview } from './types.ts';

/** The preview's clock when the caller gives none; only the order of times matters. */
const PREVIEW_EPOCH = '2000-01-01T00:00:00.000Z';

/** One preview being worked out. */
type Job = {
  readonly bundle: FlowBundle;
  readonly input: PreviewInput;
  readonly org: OrgDirectory;
  readonly now: string;
};

function messageOf(error: BatonError): BothTexts {
  const entry = Object.hasOwn(runtimeMessages, error.code)
    ? runtimeMessages[error.code as keyof typeof runtimeMessages] // checked by hasOwn above
    : undefined;
  if (!entry) return { 'zh-CN': error.message, en: error.message };

  return { 'zh-CN': formatMessage(entry['zh-CN'], error.params), en: error.message };
}

function refusalOf(error: BatonError): NonNullable<RoutePreview['refusal']> {
  return { code: error.code, message: messageOf(error) };
}

/** The approval step a refusal names, told with the refusal's reason in both languages. */
function refusedStep(job: Job, error: BatonError, nodeId: string): PreviewStep | undefined {
  const node = graphOf(job.bundle.flow).node(nodeId);
  if (kindOf(node).capabilities.needsAssignees !== true) return undefined;
  const { reasonZh, reasonEn } = error.params;
  const reason =
    typeof reasonZh === 'string' && typeof reasonEn === 'string'
      ? { 'zh-CN': reasonZh, en: reasonEn }
      : messageOf(error);

  return {
    nodeId,
    name: node.name,
    kind: 'approval',
    mode: nodeConfig(node, ApprovalConfig).mode,
    needed: 0,
    outcome: 'refused',
    assignees: [],
    reason,
    facts: [],
    fallback: false,
  };
}

/** Who picks and from whom, for a step with a pick rule the simulation did not have to ask. */
function pickOf(job: Job, nodeId: string): PreviewStep['pick'] {
  const node = graphOf(job.bundle.flow).node(nodeId);
  const [rule] = pickRulesOf(nodeConfig(node, ApprovalConfig).approvers);
  if (!rule) return undefined;
  const { input, org, bundle } = job;
  const ctx = { initiatorId: input.initiatorId, org, values: input.values, form: bundle.form };
  const by = rule.kind === 'initiatorPicks' ? 'initiator' : 'approver';

  return { by, multiple: rule.multiple, candidateIds: pickCandidates(rule.range, ctx).userIds };
}

/** Why a step waits for a pick, in both languages: "waiting for … to pick the approvers". */
function pendingReason(by: 'initiator' | 'approver'): BothTexts {
  const code = by === 'initiator' ? 'rule.initiator-picks-pending' : 'rule.approver-picks-pending';

  return explainBoth(because(code));
}

/**
 * Adds who picks and from whom to every approval step with a pick rule (not to one nobody
 * could pick for). A step the simulation picked a stand-in for says `needsPick`, lists nobody
 * and gives the reason it waits.
 */
function withPick(job: Job, sim: Simulation, collected: Collected): PreviewStep {
  const { step } = collected;
  if (step.kind !== 'approval') return step;
  const met = sim.picks.get(step.nodeId);
  if (!met) {
    const pick = collected.withoutPicker ? undefined : pickOf(job, step.nodeId);

    return pick ? { ...step, pick } : step;
  }
  const pick = { by: met.by, multiple: met.multiple, candidateIds: [...met.candidateIds] };
  if (!met.chosen) return { ...step, pick };

  return { ...step, pick, outcome: 'needsPick', assignees: [], reason: pendingReason(met.by) };
}

function standInsOf(job: Job, sim: Simulation): StandIns {
  const nodeIds = [...sim.picks].flatMap(([nodeId, met]) => (met.chosen ? [nodeId] : []));
  const userIds = sim.standIns;
  const usernames = [...userIds].map((userId) => job.org.getUser(userId)?.username ?? userId);

  return { nodeIds: new Set(nodeIds), userIds, usernames: new Set(usernames) };
}

function stepsOf(job: Job, sim: Simulation): PreviewStep[] {
  const events = sim.decisions.flatMap((decision) => decision.events);

  return collectSteps(job.bundle, events, standInsOf(job, sim)).map((collected) =>
    withPick(job, sim, collected),
  );
}

function pathOf(state: InstanceState | null): Pick<RoutePreview, 'nodeIds' | 'edgeIds'> {
  const trail = state?.trail ?? [];
  const nodeIds = [...new Set(trail.map((entry) => entry.nodeId))];
  const edgeIds = [...new Set(trail.flatMap((entry) => (entry.edgeId ? [entry.edgeId] : [])))];

  return { nodeIds, edgeIds };
}

function outcomeOf(state: InstanceState | null): RoutePreview['outcome'] | undefined {
  if (state?.status === 'completed') return 'completed';
  if (state?.status === 'rejected' || state?.status === 'returned') return 'rejected';

  return undefined;
}

/**
 * A submission refused up front: the steps up to the one the refusal names (simulated again
 * without the checks at submission), that step told with the refusal's reason.
 */
function refused(job: Job, error: BatonError): RoutePreview {
  const nodeId = typeof error.params['nodeId'] === 'string' ? error.params['nodeId'] : undefined;
  const known = nodeId !== undefined && job.bundle.flow.nodes.some((node) => node.id === nodeId);
  const knobs = { org: job.org, now: job.now, checkRoute: false };
  const sim = simulate(job.bundle, job.input, known ? { ...knobs, stopAt: nodeId } : knobs);
  const steps = stepsOf(job, sim).filter((step) => step.nodeId !== nodeId);
  const named = known ? refusedStep(job, error, nodeId) : undefined;
  if (named) steps.push(named);

  return { steps, ...pathOf(sim.state), outcome: 'refused', refusal: refusalOf(error) };
}

/**
 * What a request with these values would do if every step were approved, without touching
 * anything: each step it would enter (approval and cc, in entry order) with its people and the
 * reason for each, the path, and how it would end. It runs the real core on a simulated
 * request (fake clock from `now`, counter ids): started with `input.picks`, then every open
 * task approved by its assignee. Picks for a step the previous approver picks stand for what
 * that approver would pick (they go with the simulated approval, never with the submission);
 * the others go with the submission, which refuses those for steps that take none, as `start`
 * does. Where a pick is missing, the simulation goes on with a stand-in (the first candidate)
 * that is never shown: the step says `needsPick`, lists nobody and names who picks from whom.
 * What a submission would be refused with becomes `refusal` (outcome `refused`), with the
 * steps up to the one it names; a route too long to simulate is refused `preview.too-long`.
 */
export function previewRoute(
  bundle: FlowBundle,
  input: PreviewInput,
  ctx: { readonly org: OrgDirectory; readonly now?: string },
): RoutePreview {
  const job: Job = { bundle, input, org: ctx.org, now: ctx.now ?? PREVIEW_EPOCH };
  const sim = simulate(bundle, input, { org: job.org, now: job.now, checkRoute: true });
  if (sim.error && sim.decisions.length === 0) return refused(job, sim.error);
  const steps = stepsOf(job, sim);
  const path = pathOf(sim.state);
  const outcome = sim.error ? undefined : outcomeOf(sim.state);
  if (outcome) return { steps, ...path, outcome };
  const last = path.nodeIds.at(-1) ?? '';
  const error = sim.error ?? runtimeError('flow.too-many-steps', { nodeId: last });

  return { steps, ...path, outcome: 'refused', refusal: refusalOf(error) };
}
