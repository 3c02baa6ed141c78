import {
  editableKeys,
  fieldAccessAt,
  getNodeKind,
  readAll,
  readableAccess,
  type AccessMap,
  type FlowBundle,
  type FlowDefinition,
} from '@baton/schemas';
import type { TaskState } from '@baton/runtime';
import type { InstanceDetail, StoredEvent } from '@baton/runtime/storage';

/** Who is looking: an id and the system roles (admins read every field). */
export type Viewer = { readonly id: string; readonly roles: readonly string[] };

/**
 * One copy of a request sent to the viewer: by a CC node (`nodeId`), or ad hoc by someone
 * (`byUserId`) who held a part in the request.
 */
export type CopyRecord = { readonly nodeId: string | null; readonly byUserId: string | null };

/** The parts of a request its field access depends on. */
export type AccessSubject = {
  readonly bundle: FlowBundle;
  readonly state: {
    readonly initiatorId: string;
    readonly tasks: readonly Pick<TaskState, 'nodeId' | 'assigneeId' | 'onBehalfOf'>[];
  };
};

/** Whether `access` lets its holder read field `key` (a key it does not list is hidden). */
export function readsField(access: AccessMap, key: string): boolean {
  return Object.hasOwn(access, key) && access[key] !== 'hidden';
}

/**
 * The flow as a reader gets it with a request or a start form: the `fieldAccess` of each node
 * keeps only fields they may read under `access`, so it never names a field hidden from them.
 * What the page computes from it for the fields it shows (what a resubmission may change) is
 * unchanged; nodes left with no entry are left out.
 */
export function flowForViewer(flow: FlowDefinition, access: AccessMap): FlowDefinition {
  if (!flow.fieldAccess) return flow;
  const fieldAccess = Object.fromEntries(
    Object.entries(flow.fieldAccess).flatMap(([nodeId, listed]) => {
      const kept = Object.entries(listed).filter(([key]) => readsField(access, key));

      return kept.length > 0 ? [[nodeId, Object.fromEntries(kept)]] : [];
    }),
  );

  return { ...flow, fieldAccess };
}

/** The id of the flow's start node (the node whose kind says `isStart`). */
export function startNodeId(flow: FlowDefinition): string | undefined {
  return flow.nodes.find((node) => getNodeKind(node.type)?.capabilities.isStart === true)?.id;
}

/** The nodes at which `userId` started the request or holds or held a task (or had one taken). */
function ownNodes(subject: AccessSubject, userId: string): string[] {
  const start = startNodeId(subject.bundle.flow);
  const nodes = subject.state.initiatorId === userId && start !== undefined ? [start] : [];
  for (const task of subject.state.tasks) {
    if (task.assigneeId === userId || task.onBehalfOf === userId) nodes.push(task.nodeId);
  }

  return nodes;
}

/**
 * Every node whose field access applies to `userId`: the start node for the initiator, the
 * node of each task they hold or held (or a delegate held for them), the CC node of a copy, and
 * for an ad hoc copy the nodes of whoever sent it (a copy never shows more than its sender saw;
 * only the initiator and task holders may copy, so this does not chain).
 */
export function involvedNodes(
  subject: AccessSubject,
  userId: string,
  copies: readonly CopyRecord[],
): string[] {
  const nodes = ownNodes(subject, userId);
  for (const copy of copies) {
    if (copy.nodeId !== null) nodes.push(copy.nodeId);
    else if (copy.byUserId !== null) nodes.push(...ownNodes(subject, copy.byUserId));
  }

  return nodes;
}

/**
 * What `viewer` may read of a request's fields: every field for admins, else the widest access
 * over the nodes they are involved at (see `involvedNodes`; `edit` reads as `read`). Someone
 * involved nowhere reads nothing.
 */
export function accessOf(
  subject: AccessSubject,
  viewer: Viewer,
  copies: readonly CopyRecord[],
): AccessMap {
  if (viewer.roles.includes('admin')) return readAll(subject.bundle.form);

  return readableAccess(subject.bundle, involvedNodes(subject, viewer.id, copies));
}

/** The copies of the request sent to `userId`, from its `cc.sent` events. */
export function copiesInEvents(events: readonly StoredEvent[], userId: string): CopyRecord[] {
  return events.flatMap((event) => {
    const recipients = event.type === 'cc.sent' ? event.data['recipientIds'] : undefined;
    if (!Array.isArray(recipients) || !recipients.includes(userId)) return [];
    const nodeId = event.data['adHoc'] === true ? null : event.data['nodeId'];

    return [{ nodeId: typeof nodeId === 'string' ? nodeId : null, byUserId: event.actorId }];
  });
}

/** What `viewer` may read of the request `detail` (see `accessOf`). */
export function viewerAccess(detail: InstanceDetail, viewer: Viewer): AccessMap {
  return accessOf(detail, viewer, copiesInEvents(detail.events, viewer.id));
}

/**
 * Keys of the fields `viewer` may write now: those `edit` at the node of their open task (the
 * first one, as the request page acts on it), else, while the request sits returned with its
 * initiator, those `edit` at the start node (what a resubmission may change). Empty otherwise.
 */
export function editableFields(
  detail: Pick<InstanceDetail, 'bundle' | 'state'>,
  viewer: Viewer,
): string[] {
  const { bundle, state } = detail;
  const open = state.tasks.find((task) => task.status === 'open' && task.assigneeId === viewer.id);
  if (open) return editableKeys(fieldAccessAt(bundle, open.nodeId));
  const start = startNodeId(bundle.flow);
  const resubmitting = state.status === 'returned' && state.initiatorId === viewer.id;

  return resubmitting && start !== undefined ? editableKeys(fieldAccessAt(bundle, start)) : [];
}
