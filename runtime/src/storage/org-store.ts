import type { Department, Org, OrgUser, Position, UserGroup } from '@baton/schemas';
import type { Kysely, Selectable } from 'kysely';
import { createOrgDirectory, type OrgDirectory } from '../approvers/org-directory.ts';
import type { BatonDatabase, DepartmentTable, UserRow } from './schema.ts';

export { replaceOrg, type OrgDocument, type PasswordHasher } from './org-write.ts';

type Db = Kysely<BatonDatabase>;
type Named = { key: string; name_zh: string; name_en: string };

/**
 * Reads the whole org into an `Org` document: departments, users (with roles and positions in
 * key order, `approvalLimit` when set), roles, positions and groups (members in the group's
 * order). Password hashes are left out; the org's name is not stored, so it reads `Baton`.
 */
export async function loadOrg(db: Db): Promise<Org> {
  const [departments, users, roles, userRoles, positions, userPositions, groups] =
    await Promise.all([
      db.selectFrom('departments').selectAll().orderBy('id').execute(),
      db.selectFrom('users').selectAll().orderBy('id').execute(),
      db.selectFrom('roles').selectAll().orderBy('key').execute(),
      db.selectFrom('user_roles').selectAll().orderBy('role_key').execute(),
      db.selectFrom('positions').selectAll().orderBy('key').execute(),
      db.selectFrom('user_positions').selectAll().orderBy('position_key').execute(),
      loadGroups(db),
    ]);
  const rolesOf = listsBy(userRoles, (row) => [row.user_id, row.role_key]);
  const positionsOf = listsBy(userPositions, (row) => [row.user_id, row.position_key]);

  return {
    schemaVersion: 1,
    name: 'Baton',
    departments: departments.map(departmentOf),
    users: users.map((user) =>
      userOf(user, { roles: rolesOf.get(user.id) ?? [], positions: positionsOf.get(user.id) }),
    ),
    roles: roles.map(namedOf),
    positions: positions.map(namedOf),
    groups,
  };
}

/**
 * The org as approver resolution reads it, fresh from the tables (pass the transaction to read
 * inside it): departments, users with their roles, positions and approval limits, and the
 * roles, positions and groups with their names (explanations name them in words).
 */
export async function loadOrgDirectory(db: Db): Promise<OrgDirectory> {
  const [departments, rows, userPositions, positions, groups, roles] = await Promise.all([
    db.selectFrom('departments').selectAll().execute(),
    db
      .selectFrom('users')
      .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
      .selectAll('users')
      .select('user_roles.role_key')
      .orderBy('users.id')
      .orderBy('user_roles.role_key')
      .execute(),
    db.selectFrom('user_positions').selectAll().orderBy('position_key').execute(),
    db.selectFrom('positions').selectAll().orderBy('key').execute(),
    loadGroups(db),
    db.selectFrom('roles').selectAll().orderBy('key').execute(),
  ]);
  const positionsOf = listsBy(userPositions, (row) => [row.user_id, row.position_key]);
  const users = new Map<string, OrgUser>();
  for (const row of rows) {
    const user =
      users.get(row.id) ?? userOf(row, { roles: [], positions: positionsOf.get(row.id) });
    if (row.role_key !== null) user.roles.push(row.role_key);
    users.set(row.id, user);
  }

  return createOrgDirectory({
    departments: departments.map(departmentOf),
    users: [...users.values()],
    roles: roles.map(namedOf),
    positions: positions.map(namedOf),
    groups,
  });
}

/** Groups in key order, each with its members in the group's own order. */
async function loadGroups(db: Db): Promise<UserGroup[]> {
  const [groups, members] = await Promise.all([
    db.selectFrom('user_groups').selectAll().orderBy('key').execute(),
    db.selectFrom('group_members').selectAll().orderBy('group_key').orderBy('seq').execute(),
  ]);
  const membersOf = listsBy(members, (row) => [row.group_key, row.user_id]);

  return groups.map((group) => ({ ...namedOf(group), memberIds: membersOf.get(group.key) ?? [] }));
}

function listsBy<R>(rows: readonly R[], pair: (row: R) => [string, string]) {
  const lists = new Map<string, string[]>();
  for (const row of rows) {
    const [owner, item] = pair(row);
    const list = lists.get(owner);
    if (list) list.push(item);
    else lists.set(owner, [item]);
  }

  return lists;
}

function namedOf(row: Named): Position {
  return { key: row.key, name: { 'zh-CN': row.name_zh, en: row.name_en } };
}

function departmentOf(row: Selectable<DepartmentTable>): Department {
  return { id: row.id, name: row.name, parentId: row.parent_id, headId: row.head_id };
}

function userOf(
  row: UserRow,
  lists: { roles: string[]; positions: string[] | undefined },
): OrgUser {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    ...(row.email === null ? {} : { email: row.email }),
    ...(row.title === null ? {} : { title: row.title }),
    departmentId: row.department_id,
    supervisorId: row.supervisor_id,
    roles: lists.roles,
    disabled: row.disabled === 1,
    positions: lists.positions ?? [],
    ...(row.approval_limit === null ? {} : { approvalLimit: row.approval_limit }),
  };
}
