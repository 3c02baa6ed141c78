import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate.ts';
import { orgRevisionColumn } from '../org-revision.ts';
import type { BatonDatabase } from '../schema.ts';
import { testDatabases, type TestDatabase } from '../test-databases.ts';
import { migrationProvider } from './index.ts';

const AT = '2026-03-02T09:00:00.000Z';

/** One request with one task, as a command at 0005 wrote them. */
async function seedRequest(db: Kysely<BatonDatabase>): Promise<void> {
  await sql`insert into departments (id, name) values ('d', 'D')`.execute(db);
  for (const id of ['u', 'v'])
    await sql`insert into users (id, username, name, department_id, created_at)
      values (${id}, ${id}, ${id.toUpperCase()}, 'd', ${AT})`.execute(db);
  await sql`insert into flows (key, name, draft, draft_revision, created_at, updated_at)
    values ('f', '"F"', '{}', 1, ${AT}, ${AT})`.execute(db);
  await sql`insert into flow_versions (flow_key, version, bundle, hash, published_at)
    values ('f', 1, '{}', 'h', ${AT})`.execute(db);
  await sql`insert into instances (id, flow_key, flow_version, status, initiator_id, title,
    state, version, created_at, updated_at)
    values ('i', 'f', 1, 'running', 'u', 't', '{}', 1, ${AT}, ${AT})`.execute(db);
  await sql`insert into tasks (id, instance_id, step_id, node_id, assignee_id, status, created_at)
    values ('t', 'i', 's', 'n', 'u', 'open', ${AT})`.execute(db);
}

async function revision(db: Kysely<BatonDatabase>): Promise<number> {
  const row = await db.selectNoFrom(orgRevisionColumn()).executeTakeFirstOrThrow();

  return Number(row.org_revision);
}

describe.each(testDatabases())(
  'migration 0006 (actions, delegation, settings) on $name',
  (factory) => {
    let database: TestDatabase;
    let migrator: Migrator;

    beforeAll(async () => {
      database = await factory.open();
      migrator = new Migrator({ db: database.db, provider: migrationProvider });
    });
    afterAll(() => database?.close());

    it('keeps existing tasks, with no delegate and no origin', async () => {
      // given a database at 0005 holding a task
      expect((await migrator.migrateTo('0005-leaner-step-writes')).error).toBeUndefined();
      await seedRequest(database.db);

      // when it is migrated to the latest version
      expect(await migrateToLatest(database.db)).toEqual([
        '0006-actions-delegation-settings',
        '0007-notifications',
        '0008-attachments-master-data-audit',
      ]);

      // then the task reads as before, with the new columns empty
      expect(await database.db.selectFrom('tasks').selectAll().execute()).toMatchObject([
        { id: 't', status: 'open', on_behalf_of: null, origin_kind: null },
      ]);
    });

    it('moves the org revision on every write to delegations and settings', async () => {
      const db = database.db;
      const steps = [
        sql`insert into delegations (id, user_id, delegate_id, starts_at, ends_at, created_at)
        values ('g', 'u', 'v', ${AT}, ${AT}, ${AT})`,
        sql`update delegations set revoked_at = ${AT} where id = 'g'`,
        sql`delete from delegations where id = 'g'`,
        sql`insert into settings (key, value, updated_at) values ('k', '{}', ${AT})`,
        sql`update settings set value = '[]' where key = 'k'`,
        sql`delete from settings where key = 'k'`,
      ];
      for (const step of steps) {
        const before = await revision(db);
        await step.execute(db);
        expect(await revision(db)).toBe(before + 1);
      }
    });

    it('stores copies per person and refuses one for a request that does not exist', async () => {
      await sql`insert into carbon_copies (id, instance_id, user_id, created_at)
      values ('c', 'i', 'v', ${AT})`.execute(database.db);

      await expect(
        sql`insert into carbon_copies (id, instance_id, user_id, created_at)
        values ('c2', 'nowhere', 'v', ${AT})`.execute(database.db),
      ).rejects.toThrow();
      expect(await database.db.selectFrom('carbon_copies').select('id').execute()).toEqual([
        { id: 'c' },
      ]);
    });

    it('rolls back to 0005 and forward again', async () => {
      await sql`delete from carbon_copies`.execute(database.db);

      const down = await migrator.migrateTo('0005-leaner-step-writes');

      expect(down.error).toBeUndefined();
      expect(await database.db.selectFrom('tasks').select('id').execute()).toEqual([{ id: 't' }]);
      await expect(sql`select 1 from delegations`.execute(database.db)).rejects.toThrow();
      expect(await migrateToLatest(database.db)).toEqual([
        '0006-actions-delegation-settings',
        '0007-notifications',
        '0008-attachments-master-data-audit',
      ]);
    });
  },
);
