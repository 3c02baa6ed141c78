import type { z } from 'zod';
import type { Department, OrgUser, Position, Role, UserGroup } from '@baton/schemas';

/** A user as given to `createOrgDirectory`: `disabled` and `positions` may be left out. */
export type OrgUserInput = z.input<typeof OrgUser>;

/** What `createOrgDirectory` reads: an `Org` document fits, and so do plain arrays. */
export type OrgSource = {
  readonly users: readonly OrgUserInput[];
  readonly departments: readonly Department[];
  readonly roles?: readonly Role[];
  readonly positions?: readonly Position[];
  readonly groups?: readonly UserGroup[];
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
  /** On a cycle: the ids around it, from `stoppedAt` back to `stoppedAt` (`a → b → a`). */
  readonly cycle?: readonly string[];
};

/**
 * A read-only view of the organization that approver resolution walks. Lookups never throw:
 * a missing id answers `undefined` or an empty list, and the resolver records that as a fact.
 * Every lookup by id or key is indexed; lists keep the source order.
 */
export type OrgDirectory = {
  getUser(id: string): OrgUser | undefined;
  getDepartment(id: string): Department | undefined;
  getRole(key: string): Role | undefined;
  getPosition(key: string): Position | undefined;
  getGroup(key: string): UserGroup | undefined;
  /** Every user holding the role, disabled ones included, in the source order. */
  usersWithRole(role: string): readonly OrgUser[];
  /** Every user holding the position, disabled ones included, in the source order. */
  usersWithPosition(position: string): readonly OrgUser[];
  /** The group's members that exist (disabled ones included), each once, in `memberIds` order. */
  groupMembers(group: string): readonly OrgUser[];
  /** The head of the department, when it has one and that user exists (may be disabled). */
  departmentHead(departmentId: string): OrgUser | undefined;
  /** The parent of a department; `undefined` at the top or when the parent does not exist. */
  parentDepartment(departmentId: string): Department | undefined;
  /** Walks `supervisorId` up to `levels` times; a cycle stops the walk (bounded time). */
  supervisorChain(userId: string, levels: number): SupervisorChain;
  /** Every department, in the source order. */
  departments(): readonly Department[];
  /** Every user, disabled ones included, in the source order (the org's order). */
  users(): readonly OrgUser[];
};

function normalizeUser(user: OrgUserInput): OrgUser {
  return { ...user, disabled: user.disabled ?? false, positions: user.positions ?? [] };
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function groupBy(users: readonly OrgUser[], keys: (user: OrgUser) => readonly string[]) {
  const index = new Map<string, OrgUser[]>();
  for (const user of users) {
    for (const key of new Set(keys(user))) {
      const list = index.get(key);
      if (list) list.push(user);
      else index.set(key, [user]);
    }
  }

  return index;
}

function cycleOf(chain: readonly OrgUser[], start: string, closing: string): string[] {
  const ids = [start, ...chain.map((user) => user.id)];
  const from = ids.indexOf(closing);

  return [...ids.slice(from), closing];
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
    if (seen.has(nextId))
      return {
        users: chain,
        stop: 'cycle',
        stoppedAt: nextId,
        cycle: cycleOf(chain, userId, nextId),
      };
    const next = users.get(nextId);
    if (!next) return { users: chain, stop: 'unknown-user', stoppedAt: nextId };
    seen.add(nextId);
    chain.push(next);
    current = next;
  }

  return { users: chain, stop: 'complete' };
}

function membersOf(users: ReadonlyMap<string, OrgUser>, groups: ReadonlyMap<string, UserGroup>) {
  const index = new Map<string, OrgUser[]>();
  for (const group of groups.values()) {
    const members = [...new Set(group.memberIds)].map((id) => users.get(id));
    index.set(
      group.key,
      members.filter((member) => member !== undefined),
    );
  }

  return index;
}

/**
 * Builds an in-memory directory from an `Org` document or plain arrays. The source is copied
 * into indexes once, so later changes to it are not seen.
 *
 * @example
 * const org = createOrgDirectory({ users, departments, roles, positions, groups });
 * org.departmentHead('east-sales')?.username; // 'wang.fang'
 */
export function createOrgDirectory(source: OrgSource): OrgDirectory {
  const userList = source.users.map(normalizeUser);
  const departmentList = [...source.departments];
  const users = indexBy(userList, (user) => user.id);
  const departments = indexBy(departmentList, (department) => department.id);
  const roles = indexBy(source.roles ?? [], (role) => role.key);
  const positions = indexBy(source.positions ?? [], (position) => position.key);
  const groups = indexBy(source.groups ?? [], (group) => group.key);
  const byRole = groupBy(userList, (user) => user.roles);
  const byPosition = groupBy(userList, (user) => user.positions);
  const members = membersOf(users, groups);
  const parentOf = (id: string) => {
    const parentId = departments.get(id)?.parentId;

    return parentId ? departments.get(parentId) : undefined;
  };

  return {
    getUser: (id) => users.get(id),
    getDepartment: (id) => departments.get(id),
    getRole: (key) => roles.get(key),
    getPosition: (key) => positions.get(key),
    getGroup: (key) => groups.get(key),
    usersWithRole: (role) => byRole.get(role) ?? [],
    usersWithPosition: (position) => byPosition.get(position) ?? [],
    groupMembers: (group) => members.get(group) ?? [],
    departmentHead: (departmentId) => {
      const headId = departments.get(departmentId)?.headId;

      return headId ? users.get(headId) : undefined;
    },
    parentDepartment: parentOf,
    supervisorChain: (userId, levels) => walkSupervisors(users, userId, levels),
    departments: () => departmentList,
    users: () => userList,
  };
}
