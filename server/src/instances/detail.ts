import {
  FlowDefinition,
  FlowLayout,
  FormDefinition,
  FormValues,
  formForViewer,
  visibleValues,
} from '@baton/schemas';
import type { Locale } from '@baton/schemas';
import { InstanceStatus, TaskOrigin, TrailEntry, type InstanceState } from '@baton/runtime';
import { instanceTitle, type InstanceDetail } from '@baton/runtime/storage';
import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { SessionUser } from '../auth/user.ts';
import { Person } from '../routers/shapes.ts';
import { eventDataRedactor } from './event-redaction.ts';
import { nodeLabel } from './node-label.ts';
import { namesOf } from './people.ts';
import { editableFields, flowForViewer, viewerAccess } from './viewer-access.ts';

export const InstanceDetailView = z.object({
  id: z.string(),
  flowKey: z.string(),
  flowVersion: z.number(),
  status: InstanceStatus,
  title: z.string(),
  initiator: Person,
  values: FormValues,
  form: FormDefinition,
  flow: FlowDefinition,
  layout: FlowLayout,
  trail: z.array(TrailEntry),
  tasks: z.array(
    z.object({
      id: z.string(),
      nodeId: z.string(),
      nodeName: z.string(),
      assignee: Person,
      /** `waiting`: a later approver of a sequential step, not yet their turn. */
      status: z.string(),
      /** Set when a policy decided the task in the assignee's name (see the runtime's TaskState). */
      auto: z.enum(['initiator', 'dedupe', 'nobody', 'timeout']).optional(),
      comment: z.string().nullable(),
      createdAt: z.string(),
      decidedAt: z.string().nullable(),
      /** The person an out-of-office delegation took the task from: "assignee on behalf of". */
      onBehalfOf: Person.nullable(),
      /** How the task came to be when not from the step's rules (`transfer`, `addBefore`, …). */
      originKind: TaskOrigin.shape.kind.nullable(),
      /** Tasks that must be decided before this one may be (it is `waiting` until then). */
      blockedBy: z.array(z.string()),
    }),
  ),
  timeline: z.array(
    z.object({
      seq: z.number(),
      type: z.string(),
      at: z.string(),
      actor: Person.nullable(),
      /** The name of `data.nodeId` in the caller's language, when the event is about a node. */
      nodeName: z.string().nullable(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  endedAt: z.string().nullable(),
  canResubmit: z.boolean(),
  canWithdraw: z.boolean(),
  myOpenTaskId: z.string().nullable(),
  /**
   * Keys of the fields the caller may change now: at the step of their open task (sent as
   * `values` with `tasks.approve`), or at the start while they may resubmit. Empty otherwise.
   */
  editableFields: z.array(z.string()),
});
export type InstanceDetailView = z.infer<typeof InstanceDetailView>;

/**
 * Who may read a request: its initiator, anyone who has or had a task on it (or in whose name
 * a delegate had one), anyone copied on it (by a CC node or ad hoc), and admins.
 */
export function canRead(detail: InstanceDetail, user: SessionUser): boolean {
  return (
    detail.initiatorId === user.id ||
    detail.state.tasks.some((task) => task.assigneeId === user.id || task.onBehalfOf === user.id) ||
    wasCopied(detail, user.id) ||
    user.roles.includes('admin')
  );
}

function wasCopied(detail: InstanceDetail, userId: string): boolean {
  return detail.events.some((event) => {
    const recipients = event.type === 'cc.sent' ? event.data['recipientIds'] : undefined;

    return Array.isArray(recipients) && recipients.includes(userId);
  });
}

/**
 * Withdrawing is possible while the request waits and no approver has decided in the current
 * round (the engine has the final word), or while it sits returned with the initiator.
 */
function withdrawable(state: InstanceState): boolean {
  if (state.status === 'returned') return true;
  if (state.status !== 'running') return false;
  const currentSteps = new Set(
    state.steps.filter((step) => step.round === state.round).map((step) => step.id),
  );

  // Approvals a policy gave in someone's name (`auto`) are not decisions, as in the engine.
  return !state.tasks.some(
    (task) =>
      currentSteps.has(task.stepId) &&
      task.auto === undefined &&
      (task.status === 'approved' || task.status === 'rejected'),
  );
}

/**
 * The request page for `user`, with names resolved and the title and node names in `locale`.
 * Only what their field access lets them read travels (see `viewerAccess`): hidden fields are
 * left out of the form, the values, the title and the flow's field access, and the timeline never carries submitted
 * values or explanations that quote a hidden one (see `eventDataRedactor`).
 */
export async function instanceDetailView(
  db: Kysely<BatonDatabase>,
  detail: InstanceDetail,
  viewer: { user: SessionUser; locale: Locale },
): Promise<InstanceDetailView> {
  const { state, bundle } = detail;
  const person = await namesOf(db, [
    detail.initiatorId,
    ...state.tasks.flatMap((task) => [
      task.assigneeId,
      ...(task.onBehalfOf ? [task.onBehalfOf] : []),
    ]),
    ...detail.events.flatMap((event) => (event.actorId ? [event.actorId] : [])),
  ]);
  const nodeName = (nodeId: string) => nodeLabel(bundle.flow, nodeId, viewer.locale);
  const isInitiator = detail.initiatorId === viewer.user.id;
  const access = viewerAccess(detail, viewer.user);
  const values = visibleValues(state.values, access);
  const eventData = eventDataRedactor({ bundle, tasks: state.tasks }, access);
  const myOpenTask = state.tasks.find(
    (task) => task.status === 'open' && task.assigneeId === viewer.user.id,
  );

  return {
    id: detail.id,
    flowKey: detail.flowKey,
    flowVersion: detail.flowVersion,
    status: detail.status,
    title: instanceTitle(bundle, person(detail.initiatorId).name, values, viewer.locale),
    initiator: person(detail.initiatorId),
    values,
    form: formForViewer(bundle.form, access),
    flow: flowForViewer(bundle.flow, access),
    layout: bundle.layout,
    trail: state.trail,
    tasks: state.tasks.map((task) => ({
      id: task.id,
      nodeId: task.nodeId,
      nodeName: nodeName(task.nodeId),
      assignee: person(task.assigneeId),
      status: task.status,
      ...(task.auto ? { auto: task.auto } : {}),
      comment: task.comment ?? null,
      createdAt: task.createdAt,
      decidedAt: task.decidedAt ?? null,
      onBehalfOf: task.onBehalfOf ? person(task.onBehalfOf) : null,
      originKind: task.origin?.kind ?? null,
      blockedBy: task.blockedBy ?? [],
    })),
    timeline: detail.events.map((event) => ({
      seq: event.seq,
      type: event.type,
      at: event.at,
      actor: event.actorId ? person(event.actorId) : null,
      nodeName: typeof event.data['nodeId'] === 'string' ? nodeName(event.data['nodeId']) : null,
      data: eventData(event),
    })),
    createdAt: detail.createdAt,
    updatedAt: detail.updatedAt,
    endedAt: detail.endedAt,
    canResubmit: isInitiator && state.status === 'returned',
    canWithdraw: isInitiator && withdrawable(state),
    myOpenTaskId: myOpenTask?.id ?? null,
    editableFields: editableFields(detail, viewer.user),
  };
}
