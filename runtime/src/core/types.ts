import { z } from 'zod';
import { FormValues } from '@baton/schemas';

/**
 * The state of one request, as the pure core sees it. The engine stores it as JSON on the
 * instance row and projects tasks into their own table; `decide` never mutates its input.
 */
export const TaskState = z.object({
  id: z.string(),
  stepId: z.string(),
  nodeId: z.string(),
  assigneeId: z.string(),
  /**
   * `waiting`: a later approver of a sequential step, not yet their turn (not in any inbox).
   * Tasks decided by a policy rather than a person carry `auto` (see approval executor).
   */
  status: z.enum(['waiting', 'open', 'approved', 'rejected', 'cancelled']),
  /** `timeout`: decided by the step's deadline in the assignee's name. */
  auto: z.enum(['initiator', 'dedupe', 'nobody', 'timeout']).optional(),
  createdAt: z.string(),
  decidedAt: z.string().optional(),
  comment: z.string().optional(),
  /** Why this person got the task: the rule and the org facts walked (see approvers/). */
  reason: z.string(),
  /**
   * The person the task was meant for, when an out-of-office delegation gave it to
   * `assigneeId` instead: shown and recorded as "assignee on behalf of onBehalfOf".
   */
  onBehalfOf: z.string().optional(),
  /** How the task came to be, when not from the step's rules (see `TaskOrigin`). */
  origin: z.lazy(() => TaskOrigin).optional(),
  /**
   * Tasks that must be decided before this one may be (a signer added before its assignee, a
   * delegate asked for advice): the task waits (`waiting`) until each of them is decided.
   */
  blockedBy: z.array(z.string()).optional(),
  /** When the task last became open, where its step has a timeout (see task-open.ts). */
  openedAt: z.string().optional(),
  /** Reminders sent for this task so far (see `StepDeadline.remind`). */
  reminders: z.number().int().optional(),
});
export type TaskState = z.infer<typeof TaskState>;

/**
 * Where a task not created by the step's rules came from. `fromTaskId` is the task it was
 * created from; `byUserId` who did it (null: the system, e.g. a timeout's escalation).
 *
 * - `transfer` / `reassign` (admin) / `escalate` (timeout) / `handover`: replaces `fromTaskId`,
 *   taking its place (and its turn, in a sequential step); the old task is cancelled.
 * - `delegate` (委派): asks for advice; its decision does not count for the step and
 *   `fromTaskId` waits for it, then its assignee decides.
 * - `addBefore` / `addAfter` / `addAlongside` (加签): an extra approver the step needs on top
 *   of its mode's count; `addBefore` makes `fromTaskId` wait for them.
 */
export const TaskOrigin = z.object({
  kind: z.enum([
    'transfer',
    'reassign',
    'escalate',
    'handover',
    'delegate',
    'addBefore',
    'addAfter',
    'addAlongside',
  ]),
  byUserId: z.string().nullable(),
  fromTaskId: z.string().optional(),
});
export type TaskOrigin = z.infer<typeof TaskOrigin>;

export const StepState = z.object({
  id: z.string(),
  nodeId: z.string(),
  /** Which submission round entered this step (1 = first submission, +1 per resubmit). */
  round: z.number().int(),
  status: z.enum(['active', 'approved', 'rejected', 'cancelled']),
  mode: z.enum(['all', 'any', 'sequential', 'percentage']),
  /** Approvals that complete the step (`percentage`: ceil(n × percent / 100)); stored at entry. */
  needed: z.number().int().optional(),
  tokenId: z.string(),
  /** The parallel splits the step's token had entered (see `TokenState.forks`). */
  forks: z.array(z.string()).optional(),
  /** The step whose approval led here (through nodes that do not wait), when one did. */
  after: z.string().optional(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
});
export type StepState = z.infer<typeof StepState>;

export const TokenState = z.object({
  id: z.string(),
  nodeId: z.string(),
  /** Parallel splits entered on the way here, innermost last: joins match on them. */
  forks: z.array(z.string()),
  /** The approval step the token left last, until it waits or passes a join (see recall). */
  after: z.string().optional(),
  /** A delay node's moment to move on (ISO-8601), while the token waits there. */
  until: z.string().optional(),
});
export type TokenState = z.infer<typeof TokenState>;

/**
 * A node a request reached, and the edge it came along (none at the start). `round` is the
 * submission round (see `InstanceState.round`); states stored before it existed lack it.
 */
export const TrailEntry = z.object({
  nodeId: z.string(),
  edgeId: z.string().optional(),
  at: z.string(),
  round: z.number().int().optional(),
});
export type TrailEntry = z.infer<typeof TrailEntry>;

/** `terminated`: ended by an admin, with a reason. */
export const InstanceStatus = z.enum([
  'running',
  'returned',
  'completed',
  'rejected',
  'withdrawn',
  'terminated',
]);
export type InstanceStatus = z.infer<typeof InstanceStatus>;

export const InstanceState = z.object({
  id: z.string(),
  flowKey: z.string(),
  flowVersion: z.number().int(),
  initiatorId: z.string(),
  status: InstanceStatus,
  values: FormValues,
  /**
   * Approvers picked by person rather than by rule, by approval node id: the initiator's at
   * submission (`initiatorPicks`), an approver's for the next step (`approverPicks`).
   */
  picks: z.lazy(() => Picks).optional(),
  round: z.number().int(),
  /** Tokens parked on waiting nodes or joins. */
  tokens: z.array(TokenState),
  steps: z.array(StepState),
  tasks: z.array(TaskState),
  /**
   * Nodes and edges the request has passed through, in order, over every round: the diagram
   * highlights those of the current round.
   */
  trail: z.array(TrailEntry),
  /**
   * The step that returned the request to the initiator, while it is returned: a resubmission
   * jumps back to its node when the node says `resubmit: 'toThisStep'`.
   */
  returnedFrom: z.object({ nodeId: z.string(), stepId: z.string() }).optional(),
  /** People copied on the request ad hoc so far (see the `cc` command; at most 200). */
  copiedIds: z.array(z.string()).optional(),
  /** When the initiator last urged the request (see `FlowPolicies.urgeIntervalMinutes`). */
  urgedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  endedAt: z.string().optional(),
});
export type InstanceState = z.infer<typeof InstanceState>;

/** Something that happened, appended to the instance's event log in order. */
export const InstanceEvent = z.object({
  type: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  /** Event-specific facts: taskId, nodeId, comment, chosen approvers and why, … */
  data: z.record(z.string(), z.unknown()),
});
export type InstanceEvent = z.infer<typeof InstanceEvent>;

/** Work for the caller to persist as jobs in the same transaction. */
export const Effect = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('notify'),
    kind: z.enum([
      'task-assigned',
      'cc',
      'completed',
      'rejected',
      'returned',
      'reminder',
      'urge',
      'withdrawn',
      'terminated',
      'task-removed',
    ]),
    userIds: z.array(z.string()),
    instanceId: z.string(),
    taskId: z.string().optional(),
  }),
  /**
   * A moment the request must be woken at: the caller stores it as a job due at `dueAt` and,
   * when it comes, runs the `timer` command with `timer`. A timer that finds its task or token
   * moved on does nothing, so stale timers are harmless.
   */
  z.object({
    type: z.literal('timer'),
    instanceId: z.string(),
    dueAt: z.string(),
    timer: z.lazy(() => Timer),
  }),
]);
export type Effect = z.infer<typeof Effect>;

/** Picked approvers by approval node id. */
/** Most approval steps one request may carry picks for (each with at most 50 people). */
export const MAX_PICKED_STEPS = 50;

export const Picks = z
  .record(z.string().max(64), z.array(z.string().min(1).max(200)).max(50))
  .refine((picks) => Object.keys(picks).length <= MAX_PICKED_STEPS, {
    message: `picks for at most ${MAX_PICKED_STEPS} steps`,
  });
export type Picks = z.infer<typeof Picks>;

/**
 * What a timer wakes: a reminder (the `n`th) or the timeout of an open task, or a token
 * waiting on a delay node.
 */
export const Timer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('remind'), taskId: z.string(), n: z.number().int().min(1) }),
  /** `openedAt`: the opening of the task it was set for (a task reopened gets a new one). */
  z.object({ kind: z.literal('timeout'), taskId: z.string(), openedAt: z.string().optional() }),
  z.object({ kind: z.literal('delay'), tokenId: z.string(), nodeId: z.string() }),
]);
export type Timer = z.infer<typeof Timer>;

/** The actor of commands nobody issued (timers); its events carry `actorId: null`. */
export const SYSTEM_ACTOR = '$system';

const Comment = z.string().max(2000);
/** A reason an admin (or a handover) must give: not blank. */
const Reason = z.string().trim().min(1).max(2000);
const UserId = z.string().min(1).max(200);

export const Command = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    actorId: z.string(),
    values: FormValues,
    /** People the initiator picked, by approval node id (`initiatorPicks` rules). */
    picks: Picks.optional(),
  }),
  z.object({
    type: z.literal('approve'),
    actorId: z.string(),
    taskId: z.string(),
    comment: z.string().max(2000).optional(),
    /** The next step's approvers, where its rule is `approverPicks`. */
    nextApprovers: z.array(z.string().min(1)).max(50).optional(),
    /**
     * The request's values after the approver's edits, already validated and normalized by the
     * caller (the engine) against the form and the step's field access: only fields that are
     * `edit` at the task's node differ from `state.values`. The core stores them before it
     * routes on, so later conditions see them, and records `form.edited` with the changed keys.
     */
    values: FormValues.optional(),
  }),
  z.object({
    type: z.literal('reject'),
    actorId: z.string(),
    taskId: z.string(),
    comment: z.string().max(2000).optional(),
    /** Defaults to the node's `rejectTo`. */
    target: z.enum(['initiator', 'end']).optional(),
  }),
  z.object({
    type: z.literal('resubmit'),
    actorId: z.string(),
    values: FormValues,
    picks: Picks.optional(),
  }),
  z.object({
    type: z.literal('withdraw'),
    actorId: z.string(),
    reason: z.string().max(2000).optional(),
  }),
  /**
   * Sends the request back without rejecting: to the initiator (status `returned`), the
   * previous approval step, or an earlier one (`nodeId`), as the task's node allows
   * (`ApprovalConfig.returnTo`). A step re-entered starts a new round and re-resolves.
   */
  z.object({
    type: z.literal('return'),
    actorId: z.string(),
    taskId: z.string(),
    to: z.enum(['initiator', 'previous', 'node']),
    nodeId: z.string().optional(),
    comment: Comment.optional(),
  }),
  /** Undoes the actor's own decision of `taskId` while nobody acted after it (see recall). */
  z.object({ type: z.literal('recall'), actorId: z.string(), taskId: z.string() }),
  /** Hands the task to `toUserId` for good: the actor can no longer act on it. */
  z.object({
    type: z.literal('transfer'),
    actorId: z.string(),
    taskId: z.string(),
    toUserId: UserId,
    comment: Comment.optional(),
  }),
  /** Asks `toUserId` to decide first; the task then comes back to the actor to finish. */
  z.object({
    type: z.literal('delegate'),
    actorId: z.string(),
    taskId: z.string(),
    toUserId: UserId,
    comment: Comment.optional(),
  }),
  /**
   * Adds approvers to the actor's step (加签): `before` the actor (who waits for them),
   * `after` (the actor approves now; the step then also needs them), or `alongside`.
   */
  z.object({
    type: z.literal('addSigner'),
    actorId: z.string(),
    taskId: z.string(),
    userIds: z.array(UserId).min(1).max(20),
    position: z.enum(['before', 'after', 'alongside']),
    comment: Comment.optional(),
  }),
  /** Removes an added signer who has not acted (`taskId` is their task). */
  z.object({
    type: z.literal('removeSigner'),
    actorId: z.string(),
    taskId: z.string(),
    comment: Comment.optional(),
    /** The caller checked that the actor is an admin (who may remove anyone's added signer). */
    asAdmin: z.boolean().optional(),
  }),
  /** Copies people on the request (ad hoc CC) by the initiator or one of its approvers. */
  z.object({
    type: z.literal('cc'),
    actorId: z.string(),
    userIds: z.array(UserId).min(1).max(50),
    comment: Comment.optional(),
  }),
  /** The initiator reminds the current approvers (催办), at most once per interval. */
  z.object({ type: z.literal('urge'), actorId: z.string(), comment: Comment.optional() }),
  /** Admin: ends the request for good. */
  z.object({ type: z.literal('terminate'), actorId: z.string(), reason: Reason }),
  /** Admin: gives an open or waiting task to `toUserId` (like a transfer). */
  z.object({
    type: z.literal('reassign'),
    actorId: z.string(),
    taskId: z.string(),
    toUserId: UserId,
    reason: Reason,
    /** `handover`: part of a bulk handover of someone's work (recorded as such). */
    handover: z.boolean().optional(),
  }),
  /** Admin: stops every open step and moves the request to `nodeId` (approval or end). */
  z.object({ type: z.literal('jump'), actorId: z.string(), nodeId: z.string(), reason: Reason }),
  /** A timer came due (see `Effect` `timer`); issued by the worker as `SYSTEM_ACTOR`. */
  z.object({ type: z.literal('timer'), actorId: z.string(), timer: Timer }),
]);
export type Command = z.infer<typeof Command>;

export type Decision = {
  readonly state: InstanceState;
  readonly events: readonly InstanceEvent[];
  readonly effects: readonly Effect[];
};
