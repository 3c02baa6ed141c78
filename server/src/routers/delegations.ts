import { Delegation } from '@baton/schemas';
import { z } from 'zod';
import { hasRole } from '../auth/user.ts';
import { assertDelegationAllowed } from '../delegations/checks.ts';
import { delegationViews, DelegationView } from '../delegations/view.ts';
import { fail } from '../messages.ts';
import { adminProcedure, authedProcedure, router } from '../trpc.ts';

const Id = z.string().min(1).max(200);

/**
 * Out-of-office delegations (代理): while someone is away, tasks assigned to them go to their
 * delegate, who acts on their behalf. Everyone manages their own; admins anyone's.
 */
export const delegationsRouter = router({
  /**
   * Delegations the caller gave or received, at most 200: current ones first, then revoked and
   * ended ones; newest start first within each.
   */
  mine: authedProcedure.output(z.array(DelegationView)).query(async ({ ctx }) => {
    const records = await ctx.engine.listDelegations({ userId: ctx.user.id });

    return delegationViews(ctx.db, records);
  }),

  /**
   * Everyone's delegations, or those `userId` gave or received (at most 200, in the order of
   * `mine`: with more current ones than that, filter by person to reach them). Admins only.
   */
  all: adminProcedure
    .input(z.object({ userId: Id.optional() }).optional())
    .output(z.array(DelegationView))
    .query(async ({ ctx, input }) => {
      const records = await ctx.engine.listDelegations({ userId: input?.userId });

      return delegationViews(ctx.db, records);
    }),

  /**
   * Delegates the caller's tasks (an admin: `userId`'s) to `delegateId` from `startsAt` until
   * `endsAt` (ISO-8601 with an offset), optionally only for `flowKeys` and amounts up to
   * `amountCap`. Refused with `input.invalid` and issues at their fields (see
   * `assertDelegationAllowed`); `auth.forbidden` for someone else's without admin rights;
   * `storage.delegation-limit` when the person already has 20 current delegations.
   */
  create: authedProcedure
    .input(
      z.object({
        delegateId: Id,
        startsAt: Delegation.shape.startsAt,
        endsAt: Delegation.shape.endsAt,
        flowKeys: Delegation.shape.flowKeys,
        amountCap: Delegation.shape.amountCap,
        reason: Delegation.shape.reason,
        userId: Id.optional(),
      }),
    )
    .output(DelegationView)
    .mutation(async ({ ctx, input }) => {
      const userId = input.userId ?? ctx.user.id;
      if (userId !== ctx.user.id && !hasRole(ctx.user, 'admin')) throw fail('auth.forbidden');
      const delegation = { ...input, userId };
      await assertDelegationAllowed(ctx.db, { delegation, now: ctx.now(), locale: ctx.locale });
      const record = await ctx.engine.createDelegation(
        {
          userId,
          delegateId: input.delegateId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          ...(input.flowKeys ? { flowKeys: input.flowKeys } : {}),
          ...(input.amountCap ? { amountCap: input.amountCap } : {}),
          ...(input.reason ? { reason: input.reason } : {}),
        },
        ctx.user.id,
      );
      ctx.logger.info(
        { delegationId: record.id, userId, delegateId: input.delegateId },
        'delegation created',
      );
      const [view] = await delegationViews(ctx.db, [record]);
      if (!view) throw new Error('a created delegation has no view');

      return view;
    }),

  /**
   * Ends a delegation now: one the caller gave, or anyone's for an admin. Tasks it already gave
   * the delegate stay with them. `storage.delegation-not-found` for an unknown, revoked or
   * someone else's delegation.
   */
  revoke: authedProcedure
    .input(z.object({ id: Id }))
    .output(DelegationView)
    .mutation(async ({ ctx, input }) => {
      // Someone else's delegation reads as unknown: its existence is not the caller's business.
      const scope = hasRole(ctx.user, 'admin') ? {} : { userId: ctx.user.id };
      const record = await ctx.engine.revokeDelegation(input.id, ctx.user.id, scope);
      ctx.logger.info({ delegationId: input.id, userId: record.userId }, 'delegation revoked');
      const [view] = await delegationViews(ctx.db, [record]);
      if (!view) throw new Error('a revoked delegation has no view');

      return view;
    }),
});
