import { BusinessCalendar } from '@baton/schemas';
import { z } from 'zod';
import { adminProcedure, authedProcedure, router } from '../trpc.ts';

/** Company-wide settings: the business calendar that working-time deadlines count in. */
export const settingsRouter = router({
  /** The business calendar (the default one until an admin replaces it). */
  calendar: authedProcedure
    .output(BusinessCalendar)
    .query(({ ctx }) => ctx.engine.businessCalendar()),

  /**
   * Replaces the business calendar; deadlines computed from now on use it (timers already
   * scheduled keep their moment). Refused with `storage.calendar-invalid` and every issue at
   * its path (an unknown time zone, overlapping hours, …); nothing is written then.
   */
  replaceCalendar: adminProcedure
    .input(z.object({ calendar: z.unknown() }))
    .output(BusinessCalendar)
    .mutation(async ({ ctx, input }) => {
      const calendar = await ctx.engine.replaceBusinessCalendar(input.calendar, ctx.user.id, {
        locale: ctx.locale,
      });
      ctx.logger.info({ timeZone: calendar.timeZone }, 'business calendar replaced');

      return calendar;
    }),
});
