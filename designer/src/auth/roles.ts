/** Roles that may design, publish and roll back flows. */
export const FLOW_DESIGNER_ROLES: readonly string[] = ['process_owner', 'admin'];

export function hasAnyRole(
  user: { readonly roles: readonly string[] },
  roles: readonly string[],
): boolean {
  return user.roles.some((role) => roles.includes(role));
}
