import { z } from 'zod';

const Instant = z.iso.datetime({ offset: true });
const Amount = z.string().regex(/^\d{1,18}(\.\d{1,4})?$/, 'a decimal amount such as 5000.00');

/**
 * Out-of-office delegation (代理): while `userId` is away, from `startsAt` until `endsAt`, tasks
 * assigned to them go to `delegateId` instead, who acts "on behalf of" them. Optionally only
 * for the flows `flowKeys`, and only for requests whose amount (see `FlowPolicies.amountField`)
 * is at most `amountCap`. Applied when a task is assigned; chains (A → B → C) are followed, a
 * loop (A → B → A) leaves the task with the person it was meant for.
 */
export const Delegation = z.strictObject({
  id: z.string().min(1),
  userId: z.string().min(1),
  delegateId: z.string().min(1),
  startsAt: Instant,
  endsAt: Instant,
  flowKeys: z.array(z.string().min(1)).max(200).optional(),
  amountCap: Amount.optional(),
  reason: z.string().max(500).optional(),
});
export type Delegation = z.infer<typeof Delegation>;
