import { ApprovalConfig, getNodeKind, type FlowDefinition } from '@baton/schemas';

/** A task as the request page has it; the fields the actions read. */
export type ActionTask = {
  readonly id: string;
  readonly nodeId: string;
  readonly nodeName: string;
  readonly assignee: { readonly id: string; readonly name: string };
  readonly status: string;
  readonly auto?: string | undefined;
  readonly decidedAt: string | null;
  /** How the task came to be when not from the step's rules (`delegate`, `addBefore`, …). */
  readonly originKind?: string | null | undefined;
  /** Tasks that must be decided before this one may be. */
  readonly blockedBy?: readonly string[] | null | undefined;
};

/** What the actions read of a request. */
export type ActionRequest = {
  readonly status: string;
  readonly initiator: { readonly id: string };
  readonly flow: Pick<FlowDefinition, 'nodes'>;
  readonly tasks: readonly ActionTask[];
  readonly timeline: readonly {
    readonly type: string;
    readonly actor: { readonly id: string } | null;
    readonly data: Readonly<Record<string, unknown>>;
  }[];
};

export type Viewer = { readonly id: string; readonly roles: readonly string[] };

/** The viewer's open task and what they may do with it besides approving and rejecting. */
export type TaskActions = {
  readonly taskId: string;
  readonly nodeId: string;
  readonly canReturn: boolean;
  /** Transfer, delegate and add signers: not for a delegate, who only gives an opinion. */
  readonly canHandOn: boolean;
};

/** Which actions the request page offers `viewer` (the server has the final word on each). */
export type RequestActions = {
  readonly task: TaskActions | null;
  /** Added signers who have not acted, that the viewer added (or any, for an admin). */
  readonly removableSigners: readonly { readonly taskId: string; readonly name: string }[];
  /** The viewer's latest own decision, which they may try to recall while the request runs. */
  readonly recall: { readonly taskId: string; readonly stepName: string } | null;
  readonly urge: boolean;
  readonly cc: boolean;
  readonly admin: boolean;
  /** The viewer's task that waits: for whom (`blockers`; none: its turn in order). */
  readonly waiting: { readonly stepName: string; readonly blockers: readonly string[] } | null;
};

const LIVE: ReadonlySet<string> = new Set(['running', 'returned']);
const PENDING: ReadonlySet<string> = new Set(['open', 'waiting']);
const ADDED: ReadonlySet<string> = new Set(['addBefore', 'addAfter', 'addAlongside']);

function canReturnAt(flow: ActionRequest['flow'], nodeId: string): boolean {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  const config = ApprovalConfig.safeParse(node?.config ?? {});

  return config.success && config.data.returnTo.length > 0;
}

/** Ids of the tasks `userId` added as signers, from the history (`task.signer-added`). */
function addedBy(request: ActionRequest, userId: string): ReadonlySet<string> {
  return new Set(
    request.timeline.flatMap((entry) => {
      const ids = entry.data['newTaskIds'];
      const mine = entry.type === 'task.signer-added' && entry.actor?.id === userId;

      return mine && Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
    }),
  );
}

function removableSigners(request: ActionRequest, viewer: Viewer, admin: boolean) {
  const mine = addedBy(request, viewer.id);

  return request.tasks
    .filter((task) => ADDED.has(task.originKind ?? '') && PENDING.has(task.status))
    .filter((task) => admin || mine.has(task.id))
    .map((task) => ({ taskId: task.id, name: task.assignee.name }));
}

function latestDecision(request: ActionRequest, viewer: Viewer) {
  const decided = request.tasks
    .filter((task) => task.assignee.id === viewer.id && task.auto === undefined)
    .filter((task) => task.status === 'approved' || task.status === 'rejected')
    .toSorted((a, b) => (a.decidedAt ?? '').localeCompare(b.decidedAt ?? ''));
  const last = decided.at(-1);

  return last ? { taskId: last.id, stepName: last.nodeName } : null;
}

function waitingTask(request: ActionRequest, viewer: Viewer) {
  const task = request.tasks.find(
    (candidate) => candidate.assignee.id === viewer.id && candidate.status === 'waiting',
  );
  if (!task) return null;
  const blocking = new Set(task.blockedBy ?? []);
  const blockers = request.tasks
    .filter((candidate) => blocking.has(candidate.id) && PENDING.has(candidate.status))
    .map((candidate) => candidate.assignee.name);

  return { stepName: task.nodeName, blockers };
}

/**
 * What the request page offers `viewer`: the assignee of an open task may return, transfer,
 * delegate, add signers and copy; whoever added a signer may remove them until they act; a
 * decider may try to recall; the initiator may urge and copy; an admin gets the admin menu.
 * Only while the request is running (or returned, for recall, copies and admin work).
 */
export function requestActions(request: ActionRequest, viewer: Viewer): RequestActions {
  const live = LIVE.has(request.status);
  const running = request.status === 'running';
  const admin = live && viewer.roles.includes('admin');
  const open = running
    ? request.tasks.find((task) => task.assignee.id === viewer.id && task.status === 'open')
    : undefined;
  const initiator = request.initiator.id === viewer.id;
  const involved = initiator || request.tasks.some((task) => task.assignee.id === viewer.id);
  const task = open
    ? {
        taskId: open.id,
        nodeId: open.nodeId,
        canReturn: open.originKind !== 'delegate' && canReturnAt(request.flow, open.nodeId),
        canHandOn: open.originKind !== 'delegate',
      }
    : null;

  return {
    task,
    removableSigners: running ? removableSigners(request, viewer, admin) : [],
    recall: live ? latestDecision(request, viewer) : null,
    urge: running && initiator,
    cc: live && involved,
    admin,
    waiting: running && !open ? waitingTask(request, viewer) : null,
  };
}

/** Steps an admin may move a request to: approval steps and ends, by the node kinds. */
export function jumpTargets(flow: Pick<FlowDefinition, 'nodes'>) {
  return flow.nodes.filter((node) => {
    const capabilities = getNodeKind(node.type)?.capabilities;

    return capabilities?.needsAssignees === true || capabilities?.isEnd === true;
  });
}
