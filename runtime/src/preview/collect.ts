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

function approvalStep(bundle: FlowBundle, data: z.infer<typeof StepEntered>): Draft {
  const node = graphOf(bundle.flow).node(data.nodeId);

  return {
    nodeId: node.id,
    name: node.name,
    kind: 'approval',
    mode: data.mode,
    needed: data.needed ?? 1,
    outcome: 'tasks',
    assignees: [],
    reason: data.reasonText,
    facts: [...data.factDetails.map(explainBoth), ...data.notes.map((entry) => entry.text)],
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

function seatOf(data: z.infer<typeof Seat>): PreviewAssignee {
  const seat = { userId: data.assigneeId, reason: data.reasonText };

  return data.auto === undefined ? seat : { ...seat, auto: data.auto };
}

/**
 * The steps a simulated request entered, in entry order, from its events: each approval step
 * with its people (tasks and policy approvals) and reasons, each cc with its recipients.
 */
export function collectSteps(bundle: FlowBundle, events: readonly InstanceEvent[]): Draft[] {
  const steps: Draft[] = [];
  const byStep = new Map<string, Draft>();
  const stepOf = (stepId: string) => byStep.get(stepId);
  for (const { type, data } of events) {
    if (type === 'step.entered') {
      const entered = StepEntered.parse(data);
      const step = approvalStep(bundle, entered);
      steps.push(step);
      byStep.set(entered.stepId, step);
    } else if (type === 'task.created' || type === 'task.auto-approved') {
      const seat = Seat.parse(data);
      stepOf(seat.stepId)?.assignees.push(seatOf(seat));
    } else if (type === 'step.auto-approved' || type === 'step.auto-rejected') {
      const step = stepOf(Decided.parse(data).stepId);
      if (step) step.outcome = type === 'step.auto-approved' ? 'autoApproved' : 'autoRejected';
    } else if (type === 'cc.sent') steps.push(ccStep(bundle, CcSent.parse(data)));
  }

  return steps;
}
