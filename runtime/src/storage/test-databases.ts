import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type SqlDialect } from './database.ts';
import { migrateToLatest } from './migrate.ts';

/** A fresh, migrated database for one test (or one `describe`), removed by `close()`. */
export type TestDatabase = DatabaseHandle & {
  readonly name: SqlDialect;
  /** The SQLite file or the PostgreSQL URL: a child process can open it too. */
  readonly location: string;
  /** Another handle (own connection or pool) on the same database; closed by `close()`. */
  openAnother(options?: { busyTimeoutMs?: number }): Promise<DatabaseHandle>;
};

export type TestDatabaseFactory = {
  readonly name: SqlDialect;
  open(): Promise<TestDatabase>;
};

const DEFAULT_PG_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The databases every storage test runs on, for `describe.each(testDatabases())`:
 * a new SQLite file in a temporary folder, and a new PostgreSQL database created on the server
 * at `BATON_TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432/postgres`) and dropped on
 * close. When PostgreSQL cannot be reached, its tests fail with a message saying so: CI must
 * never pass without it. On a machine without PostgreSQL, run with `BATON_TEST_PG=off` to leave
 * the PostgreSQL variants out on purpose.
 */
export function testDatabases(): TestDatabaseFactory[] {
  const sqlite: TestDatabaseFactory = { name: 'sqlite', open: openTestSqlite };
  if (process.env['BATON_TEST_PG'] === 'off') return [sqlite];
  const adminUrl = process.env['BATON_TEST_PG_URL'] ?? DEFAULT_PG_URL;

  return [sqlite, { name: 'postgres', open: () => openTestPostgres(adminUrl) }];
}

async function openTestSqlite(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'baton-t-'));
  const file = path.join(dir, 'baton.sqlite');
  const main = await openDatabase({ sqlitePath: file });
  await migrateToLatest(main.db);
  const others: DatabaseHandle[] = [];

  return {
    ...main,
    name: 'sqlite',
    location: file,
    openAnother: async (options) => {
      const other = await openDatabase({ sqlitePath: file, busyTimeoutMs: options?.busyTimeoutMs });
      others.push(other);

      return other;
    },
    close: async () => {
      for (const handle of [...others, main]) await handle.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (cause) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl}: the PostgreSQL storage tests cannot run. ` +
        'Start it (pg_ctlcluster --skip-systemctl-redirect <version> main start), point ' +
        'BATON_TEST_PG_URL at a server, or set BATON_TEST_PG=off to skip them on this machine.',
      { cause },
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function openTestPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `baton_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const location = url.toString();
  const main = await openDatabase({ databaseUrl: location, poolSize: 10 });
  const others: DatabaseHandle[] = [];
  const close = async () => {
    for (const handle of [...others, main]) await handle.close();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await migrateToLatest(main.db);
  } catch (error) {
    await close();
    throw error;
  }

  return {
    ...main,
    name: 'postgres',
    location,
    openAnother: async () => {
      const other = await openDatabase({ databaseUrl: location, poolSize: 10 });
      others.push(other);

      return other;
    },
    close,
  };
}
