import type { Department, Org, OrgUser } from '@baton/schemas';
import type { Kysely, Selectable } from 'kysely';
import { createOrgDirectory, type OrgDirectory } from '../approvers/org-directory.ts';
import { dialectOf } from './database.ts';
import type { BatonDatabase, DepartmentTable, UserRow } from './schema.ts';
import { writeTransaction } from './transaction.ts';

export type PasswordHasher = (user: OrgUser) => string | null | Promise<string | null>;

/**
 * Reads departments, users and roles into an `Org` document. Password hashes are left out; the
 * org's name is not stored, so it reads `Baton`.
 */
export async function loadOrg(db: Kysely<BatonDatabase>): Promise<Org> {
  const [departments, users, roles, userRoles] = await Promise.all([
    db.selectFrom('departments').selectAll().orderBy('id').execute(),
    db.selectFrom('users').selectAll().orderBy('id').execute(),
    db.selectFrom('roles').selectAll().orderBy('key').execute(),
    db.selectFrom('user_roles').selectAll().orderBy('role_key').execute(),
  ]);
  const rolesOf = new Map<string, string[]>();
  for (const row of userRoles)
    rolesOf.set(row.user_id, [...(rolesOf.get(row.user_id) ?? []), row.role_key]);

  return {
    schemaVersion: 1,
    name: 'Baton',
    departments: departments.map(departmentOf),
    users: users.map((user) => userOf(user, rolesOf.get(user.id) ?? [])),
    roles: roles.map((r) => ({ key: r.key, name: { 'zh-CN': r.name_zh, en: r.name_en } })),
  };
}

/**
 * The org as approver resolution reads it, fresh from the tables (pass the transaction to read
 * inside it). Two queries: departments, and users with their roles; role names are left out.
 */
export async function loadOrgDirectory(db: Kysely<BatonDatabase>): Promise<OrgDirectory> {
  const [departments, rows] = await Promise.all([
    db.selectFrom('departments').selectAll().execute(),
    db
      .selectFrom('users')
      .leftJoin('user_roles', 'user_roles.user_id', 'users.id')
      .selectAll('users')
      .select('user_roles.role_key')
      .orderBy('users.id')
      .orderBy('user_roles.role_key')
      .execute(),
  ]);
  const users = new Map<string, OrgUser>();
  for (const row of rows) {
    const user = users.get(row.id) ?? userOf(row, []);
    if (row.role_key !== null) user.roles.push(row.role_key);
    users.set(row.id, user);
  }

  return createOrgDirectory({
    departments: departments.map(departmentOf),
    users: [...users.values()],
  });
}

/** The org directory as of a revision, read through the transaction of the command asking. */
export type OrgDirectoryCache = (
  trx: Kysely<BatonDatabase>,
  revision: number,
) => Promise<OrgDirectory>;

/**
 * Keeps the directory of the last revision read and rebuilds it when a command reads another.
 * The revision is read before the org tables, so the directory kept for a revision is never
 * older than that revision (on PostgreSQL it may already hold a newer org that committed in
 * between, which the command could have read anyway under READ COMMITTED).
 */
export function orgDirectoryCache(): OrgDirectoryCache {
  let cached: { revision: number; directory: OrgDirectory } | undefined;

  return async (trx, revision) => {
    if (cached?.revision === revision) return cached.directory;
    const directory = await loadOrgDirectory(trx);
    cached = { revision, directory };

    return directory;
  };
}

function departmentOf(row: Selectable<DepartmentTable>): Department {
  return { id: row.id, name: row.name, parentId: row.parent_id, headId: row.head_id };
}

function userOf(row: UserRow, roles: string[]): OrgUser {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    ...(row.email === null ? {} : { email: row.email }),
    ...(row.title === null ? {} : { title: row.title }),
    departmentId: row.department_id,
    supervisorId: row.supervisor_id,
    roles,
    disabled: row.disabled === 1,
  };
}

/**
 * Makes the stored org equal to `org` in one write transaction: departments, users and roles are
 * inserted or updated, each user's roles replaced. Rows still referenced by requests are kept:
 * a user missing from `org` is disabled, a missing department is deleted only when no user
 * belongs to it. With `passwordHash`, every user's hash is (re)set from it (computed before the
 * transaction); without it, existing hashes are kept. The org tables' triggers move the org
 * revision (migration 0003), which is what makes engines reload their cached org directory.
 */
export async function replaceOrg(
  db: Kysely<BatonDatabase>,
  org: Org,
  passwordHash?: PasswordHasher,
): Promise<void> {
  const hashes = new Map<string, string | null>();
  if (passwordHash) for (const user of org.users) hashes.set(user.id, await passwordHash(user));
  const now = new Date().toISOString();

  await writeTransaction({ db, dialect: dialectOf(db) }, async (trx) => {
    await upsertDepartments(trx, org);
    await upsertRoles(trx, org);
    await upsertUsers(trx, org, { hashes, withHashes: passwordHash !== undefined, now });
    await replaceUserRoles(trx, org);
    await retireMissing(trx, org);
  });
}

async function upsertDepartments(trx: Kysely<BatonDatabase>, org: Org): Promise<void> {
  for (const d of org.departments) {
    const row = { id: d.id, name: d.name, parent_id: d.parentId, head_id: d.headId };
    await trx
      .insertInto('departments')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet({ name: row.name, parent_id: row.parent_id, head_id: row.head_id }),
      )
      .execute();
  }
}

async function upsertRoles(trx: Kysely<BatonDatabase>, org: Org): Promise<void> {
  for (const r of org.roles) {
    const row = { key: r.key, name_zh: r.name['zh-CN'], name_en: r.name.en };
    await trx
      .insertInto('roles')
      .values(row)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ name_zh: row.name_zh, name_en: row.name_en }),
      )
      .execute();
  }
}

type UserWrite = { hashes: Map<string, string | null>; withHashes: boolean; now: string };

async function upsertUsers(trx: Kysely<BatonDatabase>, org: Org, write: UserWrite): Promise<void> {
  for (const u of org.users) {
    const fields = {
      username: u.username,
      name: u.name,
      email: u.email ?? null,
      title: u.title ?? null,
      department_id: u.departmentId,
      supervisor_id: u.supervisorId,
      disabled: u.disabled ? 1 : 0,
    };
    const hash = write.hashes.get(u.id) ?? null;
    await trx
      .insertInto('users')
      .values({ id: u.id, ...fields, password_hash: hash, created_at: write.now })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet(write.withHashes ? { ...fields, password_hash: hash } : fields),
      )
      .execute();
  }
}

async function replaceUserRoles(trx: Kysely<BatonDatabase>, org: Org): Promise<void> {
  await trx.deleteFrom('user_roles').execute();
  const rows = org.users.flatMap((u) => u.roles.map((role) => ({ user_id: u.id, role_key: role })));
  if (rows.length > 0) await trx.insertInto('user_roles').values(rows).execute();
}

async function retireMissing(trx: Kysely<BatonDatabase>, org: Org): Promise<void> {
  const userIds = org.users.map((u) => u.id);
  const roleKeys = org.roles.map((r) => r.key);
  const departmentIds = org.departments.map((d) => d.id);
  let users = trx.updateTable('users').set({ disabled: 1 });
  if (userIds.length > 0) users = users.where('id', 'not in', userIds);
  await users.execute();

  let roles = trx.deleteFrom('roles');
  if (roleKeys.length > 0) roles = roles.where('key', 'not in', roleKeys);
  await roles.execute();

  let departments = trx
    .deleteFrom('departments')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('users')
            .select('users.id')
            .whereRef('users.department_id', '=', 'departments.id'),
        ),
      ),
    );
  if (departmentIds.length > 0) departments = departments.where('id', 'not in', departmentIds);
  await departments.execute();
}
