import { Org, type OrgUser } from '@baton/schemas';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { dialectOf } from './database.ts';
import type { BatonDatabase } from './schema.ts';
import { writeTransaction } from './transaction.ts';

type Db = Kysely<BatonDatabase>;

/** An org document as written or imported: `positions`, `groups`, … may be left out. */
export type OrgDocument = z.input<typeof Org>;

export type PasswordHasher = (user: OrgUser) => string | null | Promise<string | null>;

/** Rows per insert statement: far below both dialects' parameter limits. */
const CHUNK = 500;

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

async function upsertDepartments(trx: Db, org: Org): Promise<void> {
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

async function upsertNamed(
  trx: Db,
  table: 'roles' | 'positions' | 'user_groups',
  items: ReadonlyArray<{ key: string; name: { 'zh-CN': string; en: string } }>,
): Promise<void> {
  for (const item of items) {
    const row = { key: item.key, name_zh: item.name['zh-CN'], name_en: item.name.en };
    await trx
      .insertInto(table)
      .values(row)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ name_zh: row.name_zh, name_en: row.name_en }),
      )
      .execute();
  }
}

type UserWrite = { hashes: Map<string, string | null>; withHashes: boolean; now: string };

async function upsertUsers(trx: Db, org: Org, write: UserWrite): Promise<void> {
  for (const u of org.users) {
    const fields = {
      username: u.username,
      name: u.name,
      email: u.email ?? null,
      title: u.title ?? null,
      department_id: u.departmentId,
      supervisor_id: u.supervisorId,
      disabled: u.disabled ? 1 : 0,
      approval_limit: u.approvalLimit ?? null,
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
  for (const rows of chunks(roles)) await trx.insertInto('user_roles').values(rows).execute();
  for (const rows of chunks(positions))
    await trx.insertInto('user_positions').values(rows).execute();
  for (const rows of chunks(members)) await trx.insertInto('group_members').values(rows).execute();
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK)
    out.push(rows.slice(start, start + CHUNK));

  return out;
}

async function retireMissing(trx: Db, org: Org): Promise<void> {
  const userIds = org.users.map((u) => u.id);
  let users = trx.updateTable('users').set({ disabled: 1 });
  if (userIds.length > 0) users = users.where('id', 'not in', userIds);
  await users.execute();

  await deleteMissing(trx, 'roles', org.roles);
  await deleteMissing(trx, 'positions', org.positions);
  await deleteMissing(trx, 'user_groups', org.groups);

  const departmentIds = org.departments.map((d) => d.id);
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

async function deleteMissing(
  trx: Db,
  table: 'roles' | 'positions' | 'user_groups',
  kept: ReadonlyArray<{ key: string }>,
): Promise<void> {
  const keys = kept.map((item) => item.key);
  let query = trx.deleteFrom(table);
  if (keys.length > 0) query = query.where('key', 'not in', keys);
  await query.execute();
}
