import { createRequire } from 'node:module';

/**
 * The two database drivers the plain loops use directly, typed for just what they call here.
 * The benchmark package lists `pg` and `better-sqlite3` but not their `@types` packages, so the
 * modules are loaded through `require` and given these shapes.
 */
export type PgClient = {
  connect(): Promise<unknown>;
  query(text: string, values?: readonly unknown[]): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
};

type PgModule = { Client: new (config: { connectionString: string }) => PgClient };

export type SqliteStatement = { run(...params: unknown[]): unknown };

export type SqliteTransaction<A extends unknown[]> = { immediate(...args: A): void };

export type SqliteFile = {
  pragma(source: string): unknown;
  exec(source: string): unknown;
  prepare(source: string): SqliteStatement;
  transaction<A extends unknown[]>(fn: (...args: A) => void): SqliteTransaction<A>;
  close(): void;
};

type SqliteModule = new (file: string) => SqliteFile;

const require = createRequire(import.meta.url);

export const pg: PgModule = require('pg');
export const SqliteDatabase: SqliteModule = require('better-sqlite3');
