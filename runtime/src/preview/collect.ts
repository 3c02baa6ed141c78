import { ApprovalConfig, type FlowBundle } from '@baton/schemas';
import { z } from 'zod';
import { explainBoth, Explanation } from '../approvers/explanations.ts';
import { graphOf } from '../core/graph.ts';
import type { InstanceEvent } from '../core/types.ts';
import { BothTexts, type PreviewAssignee, type PreviewStep } from './types.ts';

/** The parts of the events the preview reads, parsed rather than cast. */
const StepEntered = z.object({
  stepId: z.string(),
  nodeId: z.string(),
  mode: ApprovalConfig.shape.mode.unwrap(),
  needed: z.number().int().optional(),
  reasonText: BothTexts,
  factDetails: z.array(Explanation).default([]),
  notes: z.array(z.object({ text: BothTexts })).default([]),
  fallback: z.boolean(),
});
const Seat = z.object({
  stepId: z.string(),
  assigneeId: z.string(),
  reasonText: BothTexts,
  auto: z.enum(['initiator', 'dedupe', 'nobody']).optional(),
});
const Decided = z.object({ stepId: z.string() });
const CcSent = z.object({
  nodeId: z.string(),
  recipients: z.array(z.object({ userId: z.string(), reasonText: BothTexts })),
  reasonText: BothTexts,
  factDetails: z.array(Explanation).default([]),
});

type Draft = { -readonly [K in keyof PreviewStep]: PreviewStep[K] };

/**
 * People the simulation picked to go on where nobody had picked yet (`userIds`, and their
 * `usernames` as facts name them), and the steps they were picked for (`nodeIds`). Neither
 * those steps' stand-ins nor what their simulated approvals led to are ever shown.
 */
export type StandIns = {
  readonly nodeIds: ReadonlySet<string>;
  readonly userIds: ReadonlySet<string>;
  readonly usernames: ReadonlySet<string>;
};

/** Facts that follow from a stand-in's simulated pick or approval. */
const SIMULATED = new Set([
  'fact.picked-by-initiator',
  'fact.picked-by-approver',
  'auto.dedupe-consecutive',
  'auto.dedupe-anywhere',
  'sod.already-approved',
]);

function namesStandIn(fact: Explanation, standIns: StandIns): boolean {
  const { user } = fact.params;

  return typeof user === 'string' && standIns.usernames.has(user);
}

/**
 * The facts of a step told in the preview: on a step a stand-in was picked for, none naming
 * them; elsewhere, none that follow from their simulated pick or approval.
 */
function shownFacts(data: z.infer<typeof StepEntered>, standIns: StandIns): Explanation[] {
  const picked = standIns.nodeIds.has(data.nodeId);

  return data.factDetails.filter(
    (fact) => !namesStandIn(fact, standIns) || (!picked && !SIMULATED.has(fact.code)),
  );
}

/** A step nobody could pick for: the previous steps completed without an approver. */
export function withoutPicker(data: z.infer<typeof StepEntered>): boolean {
  return data.factDetails.some((fact) => fact.code === 'fact.no-picker');
}

function approvalStep(
  bundle: FlowBundle,
  data: z.infer<typeof StepEntered>,
  standIns: StandIns,
): Draft {
  const node = graphOf(bundle.flow).node(data.nodeId);
  const facts = shownFacts(data, standIns);

  return {
    nodeId: node.id,
    name: node.name,
    kind: 'approval',
    mode: data.mode,
    needed: data.needed ?? 1,
    outcome: 'tasks',
    assignees: [],
    reason: data.reasonText,
    facts: [...facts.map(explainBoth), ...data.notes.map((entry) => entry.text)],
    fallback: data.fallback,
  };
}

function ccStep(bundle: FlowBundle, data: z.infer<typeof CcSent>): Draft {
  const node = graphOf(bundle.flow).node(data.nodeId);
  const assignees = data.recipients.map(({ userId, reasonText }) => ({
    userId,
    reason: reasonText,
  }));

  return {
    nodeId: node.id,
    name: node.name,
    kind: 'cc',
    mode: 'any',
    needed: 0,
    outcome: 'tasks',
    assignees,
    reason: data.reasonText,
    facts: data.factDetails.map(explainBoth),
    fallback: false,
  };
}

/**
 * A person on a step as the preview tells them. A stand-in's part approved by dedupe (after
 * their simulated approval) is told as the plain task it would be without it.
 */
function seatOf(data: z.infer<typeof Seat>, step: Draft, standIns: StandIns): PreviewAssignee {
  const seat = { userId: data.assigneeId, reason: data.reasonText };
  const simulated = data.auto === 'dedupe' && standIns.userIds.has(data.assigneeId);
  if (simulated) return { ...seat, reason: step.reason };

  return data.auto === undefined ? seat : { ...seat, auto: data.auto };
}

/** An approval step collected, and whether nobody was there to pick its approvers. */
export type Collected = { readonly step: Draft; readonly withoutPicker: boolean };

const NO_STAND_INS: StandIns = { nodeIds: new Set(), userIds: new Set(), usernames: new Set() };

/**
 * The steps a simulated request entered, in entry order, from its events: each approval step
 * with its people (tasks and policy approvals) and reasons, each cc with its recipients.
 * Steps a stand-in was picked for list nobody (see `StandIns`).
 */
export function collectSteps(
  bundle: FlowBundle,
  events: readonly InstanceEvent[],
  standIns: StandIns = NO_STAND_INS,
): Collected[] {
  const steps: Collected[] = [];
  const byStep = new Map<string, Draft>();
  for (const { type, data } of events) {
    if (type === 'step.entered') {
      const entered = StepEntered.parse(data);
      const step = approvalStep(bundle, entered, standIns);
      steps.push({ step, withoutPicker: withoutPicker(entered) });
      if (!standIns.nodeIds.has(entered.nodeId)) byStep.set(entered.stepId, step);
    } else if (type === 'task.created' || type === 'task.auto-approved') {
      const seat = Seat.parse(data);
      const step = byStep.get(seat.stepId);
      step?.assignees.push(seatOf(seat, step, standIns));
    } else if (type === 'step.auto-approved' || type === 'step.auto-rejected') {
      const step = byStep.get(Decided.parse(data).stepId);
      if (step) step.outcome = type === 'step.auto-approved' ? 'autoApproved' : 'autoRejected';
    } else if (type === 'cc.sent')
      steps.push({ step: ccStep(bundle, CcSent.parse(data)), withoutPicker: false });
  }

  return steps;
}
