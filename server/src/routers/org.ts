import { Department, Role } from '@baton/schemas';
import { loadOrg } from '@baton/runtime/storage';
import { z } from 'zod';
import { authedProcedure, router } from '../trpc.ts';

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
});

export const orgRouter = router({
  /** The whole organization for pickers and the admin page; never any password data. */
  get: authedProcedure
    .output(
      z.object({
        departments: z.array(Department),
        users: z.array(OrgUserView),
        roles: z.array(Role),
      }),
    )
    .query(async ({ ctx }) => {
      const org = await loadOrg(ctx.db);

      return {
        departments: org.departments,
        roles: org.roles,
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
        })),
      };
    }),
});
