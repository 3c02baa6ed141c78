import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialectOf, openDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';
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
      expect(rows, table).toEqual([]);
    }

    expect(await migrateToLatest(database.db)).toEqual([]);
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

    // then the error names the migration
    await expect(outcome).rejects.toMatchObject({
      code: 'storage.migration-failed',
      params: { migration: '0001-initial' },
      message: 'Database migration 0001-initial failed',
    });
    await handle.close();
  });
});
