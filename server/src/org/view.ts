import { Department, Position, Role, UserGroup, type Org } from '@baton/schemas';
import { z } from 'zod';
import { hasRole, type SessionUser } from '../auth/user.ts';

export const OrgUserView = z.object({
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
  /**
   * The largest amount (CNY, decimal string) the user may approve alone; null: none set, or
   * not shown to the caller (only admins and flow editors see limits).
   */
  approvalLimit: z.string().nullable(),
});

/** The organization as `org.get` shows it to one caller. */
export const OrgView = z.object({
  departments: z.array(Department),
  users: z.array(OrgUserView),
  roles: z.array(Role),
  positions: z.array(Position),
  /**
   * Groups with their keys and names. `memberIds`: every member for admins and flow editors;
   * for anyone else only the caller, when a member (who else belongs is not theirs to see).
   */
  groups: z.array(UserGroup),
});
export type OrgView = z.infer<typeof OrgView>;

/** Whether `user` sees the whole org: approval limits and group members (admins, flow editors). */
export function seesWholeOrg(user: SessionUser): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'process_owner');
}

/**
 * `org` as `viewer` may see it: everything for admins and flow editors (the designer's pickers
 * and checker need it); for everyone else no approval limits and no one else's group
 * membership. Never any password data.
 */
export function orgViewFor(org: Org, viewer: SessionUser): OrgView {
  const whole = seesWholeOrg(viewer);

  return {
    departments: org.departments,
    roles: org.roles,
    positions: org.positions,
    groups: org.groups.map((group) =>
      whole ? group : { ...group, memberIds: group.memberIds.filter((id) => id === viewer.id) },
    ),
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
      approvalLimit: whole ? (user.approvalLimit ?? null) : null,
    })),
  };
}
