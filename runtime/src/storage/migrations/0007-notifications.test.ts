import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate.ts';
import type { BatonDatabase } from '../schema.ts';
import { testDatabases, type TestDatabase } from '../test-databases.ts';
import { migrationProvider } from './index.ts';

const AT = '2026-03-02T09:00:00.000Z';
const AFTER_0006 = ['0007-notifications', '0008-attachments-master-data-audit'];

/** One request with one task, as a command at 0006 wrote them. */
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
}

function notification(id: string, values: { user?: string; job?: string; instance?: string }) {
  return sql`insert into notifications (id, user_id, kind, instance_id, job_id, created_at)
    values (${id}, ${values.user ?? 'v'}, 'urge', ${values.instance ?? 'i'}, ${values.job ?? 'j'},
      ${AT})`;
}

describe.each(testDatabases())('migration 0007 (notifications) on $name', (factory) => {
  let database: TestDatabase;
  let migrator: Migrator;

  beforeAll(async () => {
    database = await factory.open();
    migrator = new Migrator({ db: database.db, provider: migrationProvider });
  });
  afterAll(() => database?.close());

  it('given a database at 0006, when migrated, then an empty notifications table exists', async () => {
    expect((await migrator.migrateTo('0006-actions-delegation-settings')).error).toBeUndefined();
    await seedRequest(database.db);

    expect(await migrateToLatest(database.db)).toEqual(AFTER_0006);

    expect(await database.db.selectFrom('notifications').selectAll().execute()).toEqual([]);
  });

  it('given a delivered line, when the same job delivers to the same person again, then it is refused', async () => {
    await notification('n1', {}).execute(database.db);

    await expect(notification('n2', {}).execute(database.db)).rejects.toThrow();

    await notification('n3', { user: 'u' }).execute(database.db);
    await notification('n4', { job: 'k' }).execute(database.db);
    const ids = await database.db.selectFrom('notifications').select('id').orderBy('id').execute();
    expect(ids.map((row) => row.id)).toEqual(['n1', 'n3', 'n4']);
  });

  it('refuses a line for a request or a person that does not exist', async () => {
    await expect(
      notification('x1', { instance: 'nowhere', job: 'x' }).execute(database.db),
    ).rejects.toThrow();
    await expect(
      notification('x2', { user: 'nobody', job: 'x' }).execute(database.db),
    ).rejects.toThrow();
  });

  it('rolls back to 0006 and forward again', async () => {
    const down = await migrator.migrateTo('0006-actions-delegation-settings');

    expect(down.error).toBeUndefined();
    await expect(sql`select 1 from notifications`.execute(database.db)).rejects.toThrow();
    expect(await database.db.selectFrom('instances').select('id').execute()).toEqual([{ id: 'i' }]);
    expect(await migrateToLatest(database.db)).toEqual(AFTER_0006);
  });
});
