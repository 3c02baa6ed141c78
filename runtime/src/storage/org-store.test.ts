import type { Org } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrg, loadOrgDirectory, replaceOrg } from './org-store.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { testOrg } from './testing.ts';

describe.each(testDatabases())('the org store on $name', (factory) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await factory.open();
  });
  afterAll(() => database?.close());

  it('reads back the org it wrote, with password hashes kept apart', async () => {
    await replaceOrg(database.db, testOrg, (user) => `hash-of-${user.id}`);

    const org = await loadOrg(database.db);
    const directory = await loadOrgDirectory(database.db);

    expect(org.users).toEqual(
      testOrg.users.map((user) => ({ ...user })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(org.departments).toEqual(testOrg.departments);
    expect(org.roles).toEqual(testOrg.roles);
    expect(directory.departmentHead('east-sales')?.id).toBe('wang.fang');
    expect(
      directory
        .usersWithRole('finance')
        .map((user) => user.id)
        .sort(),
    ).toEqual(['he.xin', 'li.na']);
    // Explanations name roles in words, so the directory carries their names.
    expect(directory.getRole('finance')?.name).toEqual({ 'zh-CN': '财务', en: 'Finance' });
    const hash = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', 'li.na')
      .executeTakeFirstOrThrow();
    expect(hash.password_hash).toBe('hash-of-li.na');
  });

  it('disables users left out of a new org and keeps hashes when none are given', async () => {
    // given the org with he.xin removed and li.na no longer in finance
    const next = {
      ...testOrg,
      users: testOrg.users
        .filter((user) => user.id !== 'he.xin')
        .map((user) => (user.id === 'li.na' ? { ...user, roles: [] } : user)),
    };

    // when it replaces the stored one without a password hasher
    await replaceOrg(database.db, next);

    // then he.xin is kept but disabled, roles follow the new org, hashes are untouched
    const org = await loadOrg(database.db);
    expect(org.users.find((user) => user.id === 'he.xin')?.disabled).toBe(true);
    expect(org.users.find((user) => user.id === 'li.na')?.roles).toEqual([]);
    const hash = await database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', 'li.na')
      .executeTakeFirstOrThrow();
    expect(hash.password_hash).toBe('hash-of-li.na');
  });

  async function revision(): Promise<number> {
    const row = await database.db.selectFrom('org_revision').select('revision').executeTakeFirst();

    return row?.revision ?? 0;
  }

  it('reads back positions, groups in their own order and approval limits', async () => {
    // given an org with positions, a group listed out of key order and approval limits
    await replaceOrg(database.db, withPositionsAndGroups);

    // when it is read back, as a document and as a directory
    const org = await loadOrg(database.db);
    const directory = await loadOrgDirectory(database.db);

    // then everything round-trips; group members keep the group's order
    expect(org.positions).toEqual(withPositionsAndGroups.positions);
    expect(org.groups).toEqual(withPositionsAndGroups.groups);
    expect(org.users.find((user) => user.id === 'li.na')).toMatchObject({
      positions: ['accountant', 'cashier'],
      approvalLimit: '50000.00',
    });
    expect(org.users.find((user) => user.id === 'chen.jie')).not.toHaveProperty('approvalLimit');
    expect(directory.usersWithPosition('cashier').map((user) => user.id)).toEqual([
      'he.xin',
      'li.na',
    ]);
    expect(directory.groupMembers('committee').map((user) => user.id)).toEqual([
      'wang.fang',
      'li.na',
    ]);
    expect(directory.getUser('li.na')?.approvalLimit).toBe('50000.00');
    expect(directory.getGroup('committee')?.name.en).toBe('Committee');
  });

  it('writes nothing when one row of a replacement fails', async () => {
    // given the stored org with positions and groups
    await replaceOrg(database.db, withPositionsAndGroups);
    const before = await loadOrg(database.db);
    const revisionBefore = await revision();

    // when a replacement renames a department but gives a user a position that does not exist
    const broken = {
      ...withPositionsAndGroups,
      departments: withPositionsAndGroups.departments.map((d) => ({ ...d, name: 'Renamed' })),
      users: withPositionsAndGroups.users.map((user) =>
        user.id === 'he.xin' ? { ...user, positions: ['no-such-position'] } : user,
      ),
    };
    const outcome = replaceOrg(database.db, broken);

    // then it fails and the org, the revision included, is exactly as before
    await expect(outcome).rejects.toThrow();
    expect(await loadOrg(database.db)).toEqual(before);
    expect(await revision()).toBe(revisionBefore);
  });

  it('moves the org revision when positions or group members change by plain SQL', async () => {
    await replaceOrg(database.db, withPositionsAndGroups);

    const before = await revision();
    await database.db.deleteFrom('group_members').where('user_id', '=', 'li.na').execute();
    const afterMembers = await revision();
    await database.db
      .updateTable('positions')
      .set({ name_en: 'Teller' })
      .where('key', '=', 'cashier')
      .execute();
    const afterPositions = await revision();
    await database.db
      .updateTable('users')
      .set({ approval_limit: '1.00' })
      .where('id', '=', 'he.xin')
      .execute();

    expect(afterMembers).toBeGreaterThan(before);
    expect(afterPositions).toBeGreaterThan(afterMembers);
    expect(await revision()).toBeGreaterThan(afterPositions);
  });

  it('deletes positions and groups left out of a new org, with their links', async () => {
    await replaceOrg(database.db, withPositionsAndGroups);

    await replaceOrg(database.db, testOrg);

    const org = await loadOrg(database.db);
    expect(org.positions).toEqual([]);
    expect(org.groups).toEqual([]);
    expect(org.users.flatMap((user) => user.positions)).toEqual([]);
    expect(org.users.find((user) => user.id === 'li.na')).not.toHaveProperty('approvalLimit');
  });
});

const withPositionsAndGroups: Org = {
  ...testOrg,
  users: testOrg.users.map((user) => {
    if (user.id === 'li.na')
      return { ...user, positions: ['cashier', 'accountant'], approvalLimit: '50000.00' };
    if (user.id === 'he.xin') return { ...user, positions: ['cashier'] };

    return user;
  }),
  positions: [
    { key: 'accountant', name: { 'zh-CN': '会计', en: 'Accountant' } },
    { key: 'cashier', name: { 'zh-CN': '出纳', en: 'Cashier' } },
  ],
  groups: [
    {
      key: 'committee',
      name: { 'zh-CN': '委员会', en: 'Committee' },
      memberIds: ['wang.fang', 'li.na'],
    },
  ],
};
