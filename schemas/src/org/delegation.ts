import { z } from 'zod';
import { FlowKey } from '../flow/flow.ts';

const Instant = z.iso.datetime({ offset: true });
const Amount = z.string().regex(/^\d{1,18}(\.\d{1,4})?$/, 'a decimal amount such as 5000.00');

/** How many flows one delegation may be limited to. */
export const MAX_DELEGATION_FLOWS = 50;

/**
 * Out-of-office delegation (代理): while `userId` is away, from `startsAt` until `endsAt`, tasks
 * assigned to them go to `delegateId` instead, who acts "on behalf of" them. Optionally only
 * for the flows `flowKeys` (at most `MAX_DELEGATION_FLOWS` flow keys), and only for requests
 * whose amount (see `FlowPolicies.amountField`) is at most `amountCap`. Applied when a task is
 * assigned; chains (A → B → C) are followed, a loop (A → B → A) leaves the task with the person
 * it was meant for.
 */
export const Delegation = z.strictObject({
  id: z.string().min(1),
  userId: z.string().min(1),
  delegateId: z.string().min(1),
  startsAt: Instant,
  endsAt: Instant,
  flowKeys: z.array(FlowKey).max(MAX_DELEGATION_FLOWS).optional(),
  amountCap: Amount.optional(),
  reason: z.string().max(500).optional(),
});
export type Delegation = z.infer<typeof Delegation>;
