import { Locale } from '@baton/schemas';
import { z } from 'zod';
import { Picks } from '../core/types.ts';

const Key = z.string().min(1).max(200);
const Text = z.string().max(2000);

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
  idempotencyKey: Key.optional(),
});
export type StartInput = z.infer<typeof StartInput>;

export const ApproveInput = z.object({
  taskId: z.string().min(1),
  actorId: z.string().min(1),
  comment: Text.optional(),
  /** The next step's approvers, where its rule is `approverPicks` (see `nextPick`). */
  nextApprovers: z.array(z.string().min(1)).max(50).optional(),
  idempotencyKey: Key.optional(),
});
export type ApproveInput = z.infer<typeof ApproveInput>;

export const RejectInput = ApproveInput.omit({ nextApprovers: true }).extend({
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
