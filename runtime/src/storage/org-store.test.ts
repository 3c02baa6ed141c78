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
});
