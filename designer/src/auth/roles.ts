/** Roles that may design, publish and roll back flows. */
export const FLOW_DESIGNER_ROLES: readonly string[] = ['process_owner', 'admin'];

/** Roles that may maintain the organization (departments, people, roles, positions, groups). */
export const ORG_ADMIN_ROLES: readonly string[] = ['admin'];

export function hasAnyRole(
  user: { readonly roles: readonly string[] },
  roles: readonly string[],
): boolean {
  return user.roles.some((role) => roles.includes(role));
}
