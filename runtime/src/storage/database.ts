import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { BatonDatabase } from './schema.ts';
import { preparingPool } from './prepared-statements.ts';
import { withStatementCache } from './statement-cache.ts';
import { registerSqliteWriteLock } from './write-lock.ts';

export type SqlDialect = 'sqlite' | 'postgres';

/** What the engine, the read models and the job queue need: a Kysely instance and its dialect. */
export type StorageHandle = {
  readonly db: Kysely<BatonDatabase>;
  readonly dialect: SqlDialect;
};

export type DatabaseHandle = StorageHandle & {
  /** Closes the pool (PostgreSQL) or the file (SQLite). */
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /** A `postgres://` URL: when set, PostgreSQL is used and `sqlitePath` is ignored. */
  databaseUrl?: string | undefined;
  /** The SQLite file; its folder is created. Required without `databaseUrl`. */
  sqlitePath?: string | undefined;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number | undefined;
  /**
   * How long SQLite waits for another process's write lock before failing with SQLITE_BUSY
   * (default 5000 ms; the engine then retries the command). Handles in one process never wait
   * here: they queue on an in-process lock.
   */
  busyTimeoutMs?: number | undefined;
};

/**
 * Opens Baton's database. PostgreSQL when `databaseUrl` is given, otherwise a SQLite file in WAL
 * mode with `synchronous=FULL` and foreign keys on. Does not migrate: call `migrateToLatest`.
 *
 * @example
 * const handle = await openDatabase({ sqlitePath: path.join(dataDir, 'baton.sqlite') });
 * await migrateToLatest(handle.db);
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  if (!options.sqlitePath) throw new Error('openDatabase needs a databaseUrl or a sqlitePath');

  return openSqlite(options.sqlitePath, options.busyTimeoutMs ?? 5000);
}

function openSqlite(file: string, busyTimeoutMs: number): DatabaseHandle {
  const resolved = path.resolve(file);
  mkdirSync(path.dirname(resolved), { recursive: true });
  const sqlite = new SqliteDatabase(resolved);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  const database = withStatementCache(sqlite);
  const db = new Kysely<BatonDatabase>({ dialect: new SqliteDialect({ database }) });
  registerSqliteWriteLock(db, resolved);

  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

async function openPostgres(connectionString: string, max: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client that loses its connection emits 'error' on the pool; without a listener that
  // would crash the process. The next query gets a fresh client and reports its own error.
  pool.on('error', () => undefined);
  const db = new Kysely<BatonDatabase>({
    dialect: new PostgresDialect({ pool: preparingPool(pool) }),
  });

  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** The dialect behind a Kysely instance opened by `openDatabase` (or any Kysely on these two). */
export function dialectOf(db: Kysely<BatonDatabase>): SqlDialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
