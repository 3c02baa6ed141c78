import type { z } from 'zod';
import type { Department, OrgUser, Role } from '@baton/schemas';

/** A user as given to `createOrgDirectory`: `disabled` may be left out (false). */
export type OrgUserInput = z.input<typeof OrgUser>;

/** What `createOrgDirectory` reads: an `Org` document fits, and so do plain arrays. */
export type OrgSource = {
  readonly users: readonly OrgUserInput[];
  readonly departments: readonly Department[];
  readonly roles?: readonly Role[];
};

/**
 * Where a walk up the supervisor chain stopped. `users[0]` is the direct supervisor. `stop` says
 * why the walk ended before `levels` users were found; it is `'complete'` when it did not.
 */
export type SupervisorChain = {
  readonly users: readonly OrgUser[];
  readonly stop: 'complete' | 'top' | 'cycle' | 'unknown-user';
  /** The supervisor id that could not be found, or that closed a cycle. */
  readonly stoppedAt?: string;
};

/**
 * A read-only view of the organization that approver resolution walks. Lookups never throw:
 * a missing id answers `undefined` or an empty list, and the resolver records that as a fact.
 */
export type OrgDirectory = {
  getUser(id: string): OrgUser | undefined;
  getDepartment(id: string): Department | undefined;
  getRole(key: string): Role | undefined;
  /** Every user holding the role, disabled ones included, in the source order. */
  usersWithRole(role: string): readonly OrgUser[];
  /** The head of the department, when it has one and that user exists (may be disabled). */
  departmentHead(departmentId: string): OrgUser | undefined;
  /** Walks `supervisorId` up to `levels` times; a cycle stops the walk (bounded time). */
  supervisorChain(userId: string, levels: number): SupervisorChain;
};

function normalizeUser(user: OrgUserInput): OrgUser {
  return { ...user, disabled: user.disabled ?? false };
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function walkSupervisors(
  users: ReadonlyMap<string, OrgUser>,
  userId: string,
  levels: number,
): SupervisorChain {
  const chain: OrgUser[] = [];
  const seen = new Set([userId]);
  let current = users.get(userId);
  if (!current) return { users: chain, stop: 'unknown-user', stoppedAt: userId };

  while (chain.length < levels) {
    const nextId: string | null = current.supervisorId;
    if (nextId === null) return { users: chain, stop: 'top' };
    if (seen.has(nextId)) return { users: chain, stop: 'cycle', stoppedAt: nextId };
    const next = users.get(nextId);
    if (!next) return { users: chain, stop: 'unknown-user', stoppedAt: nextId };
    seen.add(nextId);
    chain.push(next);
    current = next;
  }

  return { users: chain, stop: 'complete' };
}

/**
 * Builds an in-memory directory from an `Org` document or plain arrays. The source is copied
 * into indexes once, so later changes to it are not seen.
 *
 * @example
 * const org = createOrgDirectory({ users, departments, roles });
 * org.departmentHead('east-sales')?.username; // 'wang.fang'
 */
export function createOrgDirectory(source: OrgSource): OrgDirectory {
  const userList = source.users.map(normalizeUser);
  const users = indexBy(userList, (user) => user.id);
  const departments = indexBy(source.departments, (department) => department.id);
  const roles = indexBy(source.roles ?? [], (role) => role.key);
  const byRole = new Map<string, OrgUser[]>();
  for (const user of userList) {
    for (const role of user.roles) byRole.set(role, [...(byRole.get(role) ?? []), user]);
  }

  return {
    getUser: (id) => users.get(id),
    getDepartment: (id) => departments.get(id),
    getRole: (key) => roles.get(key),
    usersWithRole: (role) => byRole.get(role) ?? [],
    departmentHead: (departmentId) => {
      const headId = departments.get(departmentId)?.headId;

      return headId ? users.get(headId) : undefined;
    },
    supervisorChain: (userId, levels) => walkSupervisors(users, userId, levels),
  };
}
