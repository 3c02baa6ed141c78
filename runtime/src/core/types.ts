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
  auto: z.enum(['initiator', 'dedupe', 'nobody']).optional(),
  createdAt: z.string(),
  decidedAt: z.string().optional(),
  comment: z.string().optional(),
  /** Why this person got the task: the rule and the org facts walked (see approvers/). */
  reason: z.string(),
});
export type TaskState = z.infer<typeof TaskState>;

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
  startedAt: z.string(),
  endedAt: z.string().optional(),
});
export type StepState = z.infer<typeof StepState>;

export const TokenState = z.object({
  id: z.string(),
  nodeId: z.string(),
  /** Parallel splits entered on the way here, innermost last: joins match on them. */
  forks: z.array(z.string()),
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

export const InstanceStatus = z.enum(['running', 'returned', 'completed', 'rejected', 'withdrawn']);
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
    kind: z.enum(['task-assigned', 'cc', 'completed', 'rejected', 'returned']),
    userIds: z.array(z.string()),
    instanceId: z.string(),
    taskId: z.string().optional(),
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
]);
export type Command = z.infer<typeof Command>;

export type Decision = {
  readonly state: InstanceState;
  readonly events: readonly InstanceEvent[];
  readonly effects: readonly Effect[];
};
