import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { z } from 'zod';

/** The signed-in user as the API shows it (`auth.me`, `auth.login`). */
export const SessionUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  roles: z.array(z.string()),
});
export type SessionUser = z.infer<typeof SessionUser>;

/** The roles Baton itself checks (business roles such as `finance` only route approvals). */
export type SystemRole = 'process_owner' | 'admin';

export function hasRole(user: SessionUser, role: string): boolean {
  return user.roles.includes(role);
}

/** Loads a user with department name and roles; `null` when the id is unknown. */
export async function loadSessionUser(
  db: Kysely<BatonDatabase>,
  userId: string,
): Promise<(SessionUser & { disabled: boolean }) | null> {
  const row = await db
    .selectFrom('users')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select([
      'users.id',
      'users.username',
      'users.name',
      'users.title',
      'users.department_id',
      'users.disabled',
      'departments.name as department_name',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  const roles = await db
    .selectFrom('user_roles')
    .select('role_key')
    .where('user_id', '=', userId)
    .orderBy('role_key')
    .execute();

  return {
    id: row.id,
    username: row.username,
    name: row.name,
    title: row.title,
    departmentId: row.department_id,
    departmentName: row.department_name,
    roles: roles.map((r) => r.role_key),
    disabled: Number(row.disabled) === 1,
  };
}
