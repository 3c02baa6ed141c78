import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectOf, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { migrationProvider } from './migrations/index.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';

const TABLES = [
  'departments',
  'users',
  'roles',
  'user_roles',
  'sessions',
  'flows',
  'flow_versions',
  'instances',
  'tasks',
  'events',
  'jobs',
  'idempotency_keys',
  'org_revision',
  'positions',
  'user_positions',
  'user_groups',
  'group_members',
  'flow_samples',
] as const;

describe.each(testDatabases())('migrations on $name', (factory) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await factory.open();
  });
  afterAll(() => database?.close());

  it('creates every table, and a second run has nothing left to apply', async () => {
    for (const table of TABLES) {
      const rows = await database.db.selectFrom(table).selectAll().execute();
      // org_revision starts with its one row at revision 0 (0003), every other table empty
      expect(rows, table).toEqual(table === 'org_revision' ? [{ id: 1, revision: 0 }] : []);
    }

    expect(await migrateToLatest(database.db)).toEqual([]);
  });

  it('fills in the last event seq of instances that existed before 0002', async () => {
    // given a database at 0001, with an instance that has three events
    const migrator = new Migrator({ db: database.db, provider: migrationProvider });
    expect((await migrator.migrateTo('0001-initial')).error).toBeUndefined();
    const at = '2026-01-05T09:00:00.000Z';
    await sql`insert into departments (id, name) values ('d', 'D')`.execute(database.db);
    await sql`insert into users (id, username, name, department_id, created_at)
      values ('u', 'u', 'U', 'd', ${at})`.execute(database.db);
    await sql`insert into flows (key, name, draft, draft_revision, created_at, updated_at)
      values ('f', '"F"', '{}', 1, ${at}, ${at})`.execute(database.db);
    await sql`insert into flow_versions (flow_key, version, bundle, hash, published_at)
      values ('f', 1, '{}', 'h', ${at})`.execute(database.db);
    await sql`insert into instances (id, flow_key, flow_version, status, initiator_id, title,
      state, version, created_at, updated_at) values
      ('old', 'f', 1, 'running', 'u', 't', '{}', 1, ${at}, ${at}),
      ('quiet', 'f', 1, 'running', 'u', 't', '{}', 1, ${at}, ${at})`.execute(database.db);
    for (const seq of [1, 2, 3])
      await sql`insert into events (instance_id, seq, type, data, at)
        values ('old', ${seq}, 'x', '{}', ${at})`.execute(database.db);

    // when it is migrated to the latest version
    await migrateToLatest(database.db);

    // then each instance knows its last event seq (0 without events)
    const rows = await database.db
      .selectFrom('instances')
      .select(['id', 'last_seq'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'old', last_seq: 3 },
      { id: 'quiet', last_seq: 0 },
    ]);
  });

  it('rolls the positions, groups and samples migration back and forward again', async () => {
    // given a fully migrated database
    await migrateToLatest(database.db);
    const migrator = new Migrator({ db: database.db, provider: migrationProvider });

    // when 0004 (and the migrations after it) are rolled back, then applied again
    const down = await migrator.migrateTo('0003-org-revision-triggers');
    const again = await migrateToLatest(database.db);

    // then both ways work and its tables are back, their triggers moving the org revision
    expect(down.error).toBeUndefined();
    expect(again).toEqual([
      '0004-positions-groups-samples',
      '0005-leaner-step-writes',
      '0006-actions-delegation-settings',
      '0007-notifications',
      '0008-attachments-master-data-audit',
    ]);
    const before = await database.db
      .selectFrom('org_revision')
      .select('revision')
      .executeTakeFirst();
    await database.db
      .insertInto('positions')
      .values({ key: 'p', name_zh: 'P', name_en: 'P' })
      .execute();
    const after = await database.db
      .selectFrom('org_revision')
      .select('revision')
      .executeTakeFirst();
    expect(after?.revision).toBe((before?.revision ?? 0) + 1);
  });

  it('knows its own dialect', () => {
    expect(dialectOf(database.db)).toBe(factory.name);
    expect(database.dialect).toBe(factory.name);
  });
});

describe('a SQLite database file', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baton-t-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is created with its folder, in WAL mode, fully synchronous, with foreign keys on', async () => {
    const handle = await openDatabase({ sqlitePath: path.join(dir, 'nested', 'baton.sqlite') });

    const pragma = async (name: string) =>
      (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(handle.db)).rows[0];

    expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await pragma('synchronous')).toEqual({ synchronous: 2 });
    expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
    await handle.close();
  });

  it('names the migration that failed', async () => {
    // given a database where a table of the first migration already exists
    const handle = await openDatabase({ sqlitePath: path.join(dir, 'broken.sqlite') });
    await sql`create table departments (id text)`.execute(handle.db);

    // when it is migrated
    const outcome = migrateToLatest(handle.db);

    // then, after waiting in case another process was migrating, the error names the migration
    // and the database's reason
    await expect(outcome).rejects.toMatchObject({
      code: 'storage.migration-failed',
      params: { migration: '0001-initial' },
      message: expect.stringMatching(/^Database migration 0001-initial failed: .*already exists/),
    });
    await handle.close();
  });
});
