import { Locale } from '@baton/schemas';
import { z } from 'zod';
import { Picks } from '../core/types.ts';

const Key = z.string().min(1).max(200);
const Text = z.string().max(2000);
/**
 * The caller (the server) lets the actor read every request (an admin): a reference field may
 * then name any request. Otherwise only requests the actor started, holds or held a task on, or
 * was copied on.
 */
const CanReadAll = z.boolean().optional();

/** Inputs of the engine's commands. `idempotencyKey`: a replay returns the first result. */
export const StartInput = z.object({
  flowKey: z.string().min(1),
  actorId: z.string().min(1),
  /** Raw form values: validated and normalized against the flow's form before the core runs. */
  values: z.unknown(),
  /** Language of the form issues when the values are refused (default en). */
  locale: Locale.optional(),
  /** People the initiator picked, by approval node id, where a step's rule is `initiatorPicks`. */
  picks: Picks.optional(),
  canReadAll: CanReadAll,
  idempotencyKey: Key.optional(),
});
export type StartInput = z.infer<typeof StartInput>;

export const ApproveInput = z.object({
  taskId: z.string().min(1),
  actorId: z.string().min(1),
  comment: Text.optional(),
  /** The next step's approvers, where its rule is `approverPicks` (see `nextPick`). */
  nextApprovers: z.array(z.string().min(1)).max(50).optional(),
  /**
   * Edits of the fields the task's step lets its assignee edit, by key (other keys are refused
   * with `form.field.not-editable` and audited); validated against the form like a submission.
   */
  values: z.record(z.string(), z.unknown()).optional(),
  /** Language of the form issues when the values are refused (default en). */
  locale: Locale.optional(),
  canReadAll: CanReadAll,
  idempotencyKey: Key.optional(),
});
export type ApproveInput = z.infer<typeof ApproveInput>;

export const RejectInput = ApproveInput.omit({
  nextApprovers: true,
  values: true,
  canReadAll: true,
}).extend({
  /** Defaults to the node's `rejectTo`. */
  target: z.enum(['initiator', 'end']).optional(),
});
export type RejectInput = z.infer<typeof RejectInput>;

export const ResubmitInput = z.object({
  instanceId: z.string().min(1),
  actorId: z.string().min(1),
  values: z.unknown(),
  /** Language of the form issues when the values are refused (default en). */
  locale: Locale.optional(),
  /** People the initiator picked for the new round, by approval node id (as in `start`). */
  picks: Picks.optional(),
  canReadAll: CanReadAll,
  idempotencyKey: Key.optional(),
});
export type ResubmitInput = z.infer<typeof ResubmitInput>;

export const WithdrawInput = z.object({
  instanceId: z.string().min(1),
  actorId: z.string().min(1),
  reason: Text.optional(),
  idempotencyKey: Key.optional(),
});
export type WithdrawInput = z.infer<typeof WithdrawInput>;

const UserId = z.string().min(1).max(200);
const Reason = z.string().trim().min(1).max(2000);
const TaskInput = z.object({
  taskId: z.string().min(1),
  actorId: z.string().min(1),
  idempotencyKey: Key.optional(),
});
const InstanceInput = z.object({
  instanceId: z.string().min(1),
  actorId: z.string().min(1),
  idempotencyKey: Key.optional(),
});

export const ReturnInput = TaskInput.extend({
  to: z.enum(['initiator', 'previous', 'node']),
  nodeId: z.string().min(1).optional(),
  comment: Text.optional(),
});
export type ReturnInput = z.infer<typeof ReturnInput>;

export const RecallInput = TaskInput;
export type RecallInput = z.infer<typeof RecallInput>;

/** Transfer (for good) or delegate (comes back) a task to `toUserId`. */
export const HandInput = TaskInput.extend({ toUserId: UserId, comment: Text.optional() });
export type HandInput = z.infer<typeof HandInput>;

export const AddSignerInput = TaskInput.extend({
  userIds: z.array(UserId).min(1).max(20),
  position: z.enum(['before', 'after', 'alongside']),
  comment: Text.optional(),
});
export type AddSignerInput = z.infer<typeof AddSignerInput>;

/** `taskId` is the added signer's task. `asAdmin`: the caller checked the actor is an admin. */
export const RemoveSignerInput = TaskInput.extend({
  comment: Text.optional(),
  asAdmin: z.boolean().optional(),
});
export type RemoveSignerInput = z.infer<typeof RemoveSignerInput>;

export const CcInput = InstanceInput.extend({
  userIds: z.array(UserId).min(1).max(50),
  comment: Text.optional(),
});
export type CcInput = z.infer<typeof CcInput>;

export const UrgeInput = InstanceInput.extend({ comment: Text.optional() });
export type UrgeInput = z.infer<typeof UrgeInput>;

/** Admin commands: the caller (the server) has checked that `actorId` is an admin. */
export const TerminateInput = InstanceInput.extend({ reason: Reason });
export type TerminateInput = z.infer<typeof TerminateInput>;

export const ReassignInput = TaskInput.extend({
  toUserId: UserId,
  reason: Reason,
  handover: z.boolean().optional(),
});
export type ReassignInput = z.infer<typeof ReassignInput>;

export const JumpInput = InstanceInput.extend({ nodeId: z.string().min(1), reason: Reason });
export type JumpInput = z.infer<typeof JumpInput>;
