import { checkOrg, Org, ValidationIssue } from '@baton/schemas';
import { loadOrg } from '@baton/runtime/storage';
import { z } from 'zod';
import { replaceOrgDocument } from '../org/replace.ts';
import { OrgView, orgViewFor } from '../org/view.ts';
import { adminProcedure, authedProcedure, router } from '../trpc.ts';

const Issues = z.object({ issues: z.array(ValidationIssue) });

export const orgRouter = router({
  /**
   * The organization for pickers, names and the admin page; never any password data. Approval
   * limits and group members only for admins and flow editors (see `orgViewFor`).
   */
  get: authedProcedure
    .output(OrgView)
    .query(async ({ ctx }) => orgViewFor(await loadOrg(ctx.db), ctx.user)),

  /** The stored org as one `Org` document (to edit and send back to `replace`); no passwords. */
  document: adminProcedure.output(Org).query(({ ctx }) => loadOrg(ctx.db)),

  /**
   * Checks an org document without saving it: every issue, in the caller's language. A mutation
   * only so the document travels in a POST body; it changes nothing.
   */
  check: adminProcedure
    .input(z.object({ org: z.unknown() }))
    .output(Issues)
    .mutation(({ ctx, input }) => ({ issues: checkOrg(input.org, { locale: ctx.locale }) })),

  /**
   * Makes the stored org equal to the document, all or nothing, and returns its warnings.
   * Refused (BAD_REQUEST `org.invalid` with the issues) when the checker finds any error, and
   * (`org.admin-lockout`) when the caller would lose their admin access; nothing is written then.
   */
  replace: adminProcedure
    .input(z.object({ org: z.unknown() }))
    .output(Issues)
    .mutation(async ({ ctx, input }) => ({
      issues: await replaceOrgDocument(ctx, {
        document: input.org,
        actorId: ctx.user.id,
        locale: ctx.locale,
        logger: ctx.logger,
      }),
    })),
});
