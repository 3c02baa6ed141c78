import { Org, type OrgUser } from '@baton/schemas';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { batches, MAX_BOUND_PARAMETERS, rowBatches } from './batches.ts';
import { dialectOf } from './database.ts';
import type { BatonDatabase } from './schema.ts';
import { writeTransaction } from './transaction.ts';

type Db = Kysely<BatonDatabase>;

/** An org document as written or imported: `positions`, `groups`, … may be left out. */
export type OrgDocument = z.input<typeof Org>;

export type PasswordHasher = (user: OrgUser) => string | null | Promise<string | null>;

/**
 * Makes the stored org equal to `org` in one write transaction, all or nothing: departments,
 * users, roles, positions and groups are inserted or updated, each user's roles and positions
 * and each group's members replaced. Rows still referenced by requests are kept: a user missing
 * from `org` is disabled, a missing department is deleted only when no user belongs to it;
 * missing roles, positions and groups are deleted. With `passwordHash`, every user's hash is
 * (re)set from it (computed before the transaction); without it, existing hashes are kept. The
 * org tables' triggers move the org revision (migrations 0003, 0004), which is what makes
 * engines reload their cached org directory.
 *
 * The document is parsed (defaults filled in) but not checked: run `checkOrg` first, since a
 * reference to a missing role, position, group or user fails the whole write.
 */
export async function replaceOrg(
  db: Db,
  document: OrgDocument,
  passwordHash?: PasswordHasher,
): Promise<void> {
  const org = Org.parse(document);
  const hashes = new Map<string, string | null>();
  if (passwordHash) for (const user of org.users) hashes.set(user.id, await passwordHash(user));
  const now = new Date().toISOString();

  await writeTransaction({ db, dialect: dialectOf(db) }, async (trx) => {
    await upsertDepartments(trx, org);
    await upsertNamed(trx, 'roles', org.roles);
    await upsertNamed(trx, 'positions', org.positions);
    await upsertNamed(trx, 'user_groups', org.groups);
    await upsertUsers(trx, org, { hashes, withHashes: passwordHash !== undefined, now });
    await replaceLinks(trx, org);
    await retireMissing(trx, org);
  });
}

/**
 * The rows with one row per key, the last one given winning, as one-by-one upserts would
 * leave them: PostgreSQL refuses a multi-row upsert that meets the same key twice.
 */
function lastByKey<R>(rows: readonly R[], key: (row: R) => string): R[] {
  return [...new Map(rows.map((row) => [key(row), row])).values()];
}

async function upsertDepartments(trx: Db, org: Org): Promise<void> {
  const rows = lastByKey(org.departments, (d) => d.id).map((d) => ({
    id: d.id,
    name: d.name,
    parent_id: d.parentId,
    head_id: d.headId,
  }));
  for (const batch of rowBatches(rows, 4))
    await trx
      .insertInto('departments')
      .values(batch)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          parent_id: eb.ref('excluded.parent_id'),
          head_id: eb.ref('excluded.head_id'),
        })),
      )
      .execute();
}

async function upsertNamed(
  trx: Db,
  table: 'roles' | 'positions' | 'user_groups',
  items: ReadonlyArray<{ key: string; name: { 'zh-CN': string; en: string } }>,
): Promise<void> {
  const rows = lastByKey(items, (item) => item.key).map((item) => ({
    key: item.key,
    name_zh: item.name['zh-CN'],
    name_en: item.name.en,
  }));
  for (const batch of rowBatches(rows, 3))
    await trx
      .insertInto(table)
      .values(batch)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          name_zh: eb.ref('excluded.name_zh'),
          name_en: eb.ref('excluded.name_en'),
        })),
      )
      .execute();
}

type UserWrite = { hashes: Map<string, string | null>; withHashes: boolean; now: string };

async function upsertUsers(trx: Db, org: Org, write: UserWrite): Promise<void> {
  const rows = lastByKey(org.users, (u) => u.id).map((u) => ({
    id: u.id,
    username: u.username,
    name: u.name,
    email: u.email ?? null,
    title: u.title ?? null,
    department_id: u.departmentId,
    supervisor_id: u.supervisorId,
    disabled: u.disabled ? 1 : 0,
    approval_limit: u.approvalLimit ?? null,
    password_hash: write.hashes.get(u.id) ?? null,
    created_at: write.now,
  }));
  for (const batch of rowBatches(rows, 11))
    await trx
      .insertInto('users')
      .values(batch)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          username: eb.ref('excluded.username'),
          name: eb.ref('excluded.name'),
          email: eb.ref('excluded.email'),
          title: eb.ref('excluded.title'),
          department_id: eb.ref('excluded.department_id'),
          supervisor_id: eb.ref('excluded.supervisor_id'),
          disabled: eb.ref('excluded.disabled'),
          approval_limit: eb.ref('excluded.approval_limit'),
          ...(write.withHashes ? { password_hash: eb.ref('excluded.password_hash') } : {}),
        })),
      )
      .execute();
}

/** Replaces user roles, user positions and group members with the document's. */
async function replaceLinks(trx: Db, org: Org): Promise<void> {
  await trx.deleteFrom('user_roles').execute();
  await trx.deleteFrom('user_positions').execute();
  await trx.deleteFrom('group_members').execute();
  const roles = org.users.flatMap((u) =>
    u.roles.map((role) => ({ user_id: u.id, role_key: role })),
  );
  const positions = org.users.flatMap((u) =>
    [...new Set(u.positions)].map((key) => ({ user_id: u.id, position_key: key })),
  );
  const members = org.groups.flatMap((group) =>
    [...new Set(group.memberIds)].map((userId, seq) => ({
      group_key: group.key,
      user_id: userId,
      seq,
    })),
  );
  for (const rows of rowBatches(roles, 2))
    await trx.insertInto('user_roles').values(rows).execute();
  for (const rows of rowBatches(positions, 2))
    await trx.insertInto('user_positions').values(rows).execute();
  for (const rows of rowBatches(members, 3))
    await trx.insertInto('group_members').values(rows).execute();
}

/**
 * Disables the stored users and deletes the roles, positions, groups and (unused) departments
 * the document leaves out. The missing ones are found by reading the stored keys, then changed
 * by key in batches: a `not in (every kept key)` list would bind one parameter per kept row.
 */
async function retireMissing(trx: Db, org: Org): Promise<void> {
  const users = await missingKeys(
    trx,
    'users',
    'id',
    org.users.map((u) => u.id),
  );
  for (const ids of batches(users, MAX_BOUND_PARAMETERS))
    await trx.updateTable('users').set({ disabled: 1 }).where('id', 'in', ids).execute();

  await deleteMissing(trx, 'roles', org.roles);
  await deleteMissing(trx, 'positions', org.positions);
  await deleteMissing(trx, 'user_groups', org.groups);

  const departments = await missingKeys(
    trx,
    'departments',
    'id',
    org.departments.map((d) => d.id),
  );
  for (const ids of batches(departments, MAX_BOUND_PARAMETERS))
    await trx
      .deleteFrom('departments')
      .where('id', 'in', ids)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('users')
              .select('users.id')
              .whereRef('users.department_id', '=', 'departments.id'),
          ),
        ),
      )
      .execute();
}

async function deleteMissing(
  trx: Db,
  table: 'roles' | 'positions' | 'user_groups',
  kept: ReadonlyArray<{ key: string }>,
): Promise<void> {
  const missing = await missingKeys(
    trx,
    table,
    'key',
    kept.map((item) => item.key),
  );
  for (const keys of batches(missing, MAX_BOUND_PARAMETERS))
    await trx.deleteFrom(table).where('key', 'in', keys).execute();
}

/** The stored keys of `table` that are not in `kept`. */
async function missingKeys(
  trx: Db,
  table: 'users' | 'departments' | 'roles' | 'positions' | 'user_groups',
  column: 'id' | 'key',
  kept: readonly string[],
): Promise<string[]> {
  const keep = new Set(kept);
  const rows = await trx
    .selectFrom(table)
    .select(sql<string>`${sql.ref(column)}`.as('k'))
    .execute();

  return rows.map((row) => row.k).filter((key) => !keep.has(key));
}
