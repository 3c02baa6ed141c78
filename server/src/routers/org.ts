import {
  checkOrg,
  Department,
  Org,
  Position,
  Role,
  UserGroup,
  ValidationIssue,
} from '@baton/schemas';
import { loadOrg } from '@baton/runtime/storage';
import { z } from 'zod';
import { replaceOrgDocument } from '../org/replace.ts';
import { adminProcedure, authedProcedure, router } from '../trpc.ts';

const OrgUserView = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  departmentId: z.string().nullable(),
  supervisorId: z.string().nullable(),
  roles: z.array(z.string()),
  disabled: z.boolean(),
  /** Position keys, in key order. */
  positions: z.array(z.string()),
  /** The largest amount (CNY, decimal string) the user may approve alone; null: none set. */
  approvalLimit: z.string().nullable(),
});

const Issues = z.object({ issues: z.array(ValidationIssue) });

export const orgRouter = router({
  /** The whole organization for pickers and the admin page; never any password data. */
  get: authedProcedure
    .output(
      z.object({
        departments: z.array(Department),
        users: z.array(OrgUserView),
        roles: z.array(Role),
        positions: z.array(Position),
        groups: z.array(UserGroup),
      }),
    )
    .query(async ({ ctx }) => {
      const org = await loadOrg(ctx.db);

      return {
        departments: org.departments,
        roles: org.roles,
        positions: org.positions,
        groups: org.groups,
        users: org.users.map((user) => ({
          id: user.id,
          username: user.username,
          name: user.name,
          title: user.title ?? null,
          email: user.email ?? null,
          departmentId: user.departmentId,
          supervisorId: user.supervisorId,
          roles: user.roles,
          disabled: user.disabled,
          positions: user.positions,
          approvalLimit: user.approvalLimit ?? null,
        })),
      };
    }),

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
