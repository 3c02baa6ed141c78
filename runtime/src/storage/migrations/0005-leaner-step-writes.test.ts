import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../migrate.ts';
import type { BatonDatabase } from '../schema.ts';
import { testDatabases, type TestDatabase } from '../test-databases.ts';
import { migrationProvider } from './index.ts';

const AT = '2026-01-05T09:00:00.000Z';
const LATEST_FROM_0004 = [
  '0005-leaner-step-writes',
  '0006-actions-delegation-settings',
  '0007-notifications',
  '0008-attachments-master-data-audit',
];

/** One request with one task and one job, written as a command writes them. */
async function seedRequest(db: Kysely<BatonDatabase>): Promise<void> {
  await sql`insert into departments (id, name) values ('d', 'D')`.execute(db);
  await sql`insert into users (id, username, name, department_id, created_at)
    values ('u', 'u', 'U', 'd', ${AT})`.execute(db);
  await sql`insert into flows (key, name, draft, draft_revision, created_at, updated_at)
    values ('f', '"F"', '{}', 1, ${AT}, ${AT})`.execute(db);
  await sql`insert into flow_versions (flow_key, version, bundle, hash, published_at)
    values ('f', 1, '{}', 'h', ${AT})`.execute(db);
  await sql`insert into instances (id, flow_key, flow_version, status, initiator_id, title,
    state, version, created_at, updated_at)
    values ('i', 'f', 1, 'running', 'u', 't', '{}', 1, ${AT}, ${AT})`.execute(db);
  await sql`insert into tasks (id, instance_id, step_id, node_id, assignee_id, status, created_at,
    decided_at, comment) values ('t', 'i', 's', 'n', 'u', 'approved', ${AT}, ${AT}, 'ok')`.execute(
    db,
  );
  await sql`insert into jobs (id, kind, payload, run_at, status, idempotency_key, created_at)
    values ('j', 'notify', '{}', ${AT}, 'pending', 'notify:i:2:0', ${AT})`.execute(db);
}

function duplicateJob(db: Kysely<BatonDatabase>) {
  return sql`insert into jobs (id, kind, payload, run_at, status, idempotency_key, created_at)
    values ('j2', 'notify', '{}', ${AT}, 'pending', 'notify:i:2:0', ${AT})`.execute(db);
}

async function indexNames(database: TestDatabase): Promise<string[]> {
  const query =
    database.name === 'postgres'
      ? sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'tasks'`
      : sql<{ name: string }>`select name from sqlite_master where tbl_name = 'tasks'
          and type = 'index'`;

  return (await query.execute(database.db)).rows.map((row) => row.name);
}

describe.each(testDatabases())('migration 0005 (leaner step writes) on $name', (factory) => {
  let database: TestDatabase;
  let migrator: Migrator;

  beforeAll(async () => {
    database = await factory.open();
    migrator = new Migrator({ db: database.db, provider: migrationProvider });
  });
  afterAll(() => database?.close());

  it('keeps every task and job, drops the instance index and the unique job key', async () => {
    // given a database at 0004 with a task and a job
    expect((await migrator.migrateTo('0004-positions-groups-samples')).error).toBeUndefined();
    await seedRequest(database.db);
    await expect(duplicateJob(database.db)).rejects.toThrow();

    // when it is migrated to the latest version
    expect(await migrateToLatest(database.db)).toEqual(LATEST_FROM_0004);

    // then the rows are there as they were, no index leads from an instance to its tasks, and
    // a second job with the same key is stored
    expect(await database.db.selectFrom('tasks').selectAll().execute()).toEqual([
      {
        id: 't',
        instance_id: 'i',
        step_id: 's',
        node_id: 'n',
        assignee_id: 'u',
        status: 'approved',
        created_at: AT,
        decided_at: AT,
        comment: 'ok',
        on_behalf_of: null,
        origin_kind: null,
      },
    ]);
    const job = await database.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    expect(job).toMatchObject({ id: 'j', attempts: 0, fencing_token: 0, lease_owner: null });
    expect(await indexNames(database)).not.toContain('tasks_instance_idx');
    await duplicateJob(database.db);
  });

  it('rolls back to the unique job key and the instance index', async () => {
    // given the migrated database of the test before, holding two jobs with one key
    await sql`delete from jobs where id = 'j2'`.execute(database.db);

    // when 0005 is rolled back
    const down = await migrator.migrateTo('0004-positions-groups-samples');

    // then the rows stay, the index is back and the key is unique again
    expect(down.error).toBeUndefined();
    expect(await indexNames(database)).toContain('tasks_instance_idx');
    expect(await database.db.selectFrom('tasks').select('id').execute()).toEqual([{ id: 't' }]);
    await expect(duplicateJob(database.db)).rejects.toThrow();
    expect(await migrateToLatest(database.db)).toEqual(LATEST_FROM_0004);
  });
});

describe('migration 0005 on SQLite', () => {
  const [sqlite] = testDatabases();
  let database: TestDatabase;

  beforeAll(async () => {
    database = await (sqlite?.open() ?? Promise.reject(new Error('no SQLite factory')));
  });
  afterAll(() => database?.close());

  it('keys tasks by id in one b-tree (WITHOUT ROWID)', async () => {
    const { rows } = await sql<{ sql: string }>`
      select sql from sqlite_master where type = 'table' and name = 'tasks'
    `.execute(database.db);

    expect(rows[0]?.sql).toMatch(/without rowid$/i);
  });

  it('leaves foreign keys enforced on the connection that migrated', async () => {
    const { rows } = await sql`pragma foreign_keys`.execute(database.db);

    expect(rows).toEqual([{ foreign_keys: 1 }]);
    await expect(
      sql`insert into tasks (id, instance_id, step_id, node_id, assignee_id, status, created_at)
        values ('t', 'nowhere', 's', 'n', 'nobody', 'open', ${AT})`.execute(database.db),
    ).rejects.toThrow(/FOREIGN KEY/);
  });

  it('refuses to run twice, in words migrateToLatest takes as a lost race', async () => {
    // given a database where 0005 already ran (say, in another process that raced this one)
    const { up } = (await migrationProvider.getMigrations())['0005-leaner-step-writes'] ?? {};

    // when it is run again, then it says the work already exists and changes nothing
    await expect(up?.(database.db)).rejects.toThrow(/already exists/);
    const { rows } = await sql`select 1 from sqlite_master where name = 'tasks_next'`.execute(
      database.db,
    );
    expect(rows).toEqual([]);
  });
});
