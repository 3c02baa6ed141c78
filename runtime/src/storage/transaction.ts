import { CompiledQuery, type Kysely } from 'kysely';
import type { StorageHandle } from './database.ts';
import type { BatonDatabase } from './schema.ts';
import { sqliteWriteLock } from './write-lock.ts';

/**
 * Runs `fn` in one write transaction and commits when it resolves (rolls back when it throws).
 *
 * SQLite: the transaction starts with `BEGIN IMMEDIATE`, so it takes the write lock before its
 * first read; two writers can then never both hold a read snapshot and dead-end on the upgrade.
 * Handles of one process on one file queue on an in-process lock first; another process's
 * writer is waited for up to the busy timeout, then SQLITE_BUSY is thrown (retryable).
 * PostgreSQL: a plain READ COMMITTED transaction; callers guard their writes with version checks.
 *
 * Inside `fn` use only the Kysely instance it receives: the outer one is blocked until the
 * transaction ends on SQLite. Do not nest write transactions.
 */
export async function writeTransaction<T>(
  handle: StorageHandle,
  fn: (trx: Kysely<BatonDatabase>) => Promise<T>,
): Promise<T> {
  if (handle.dialect === 'postgres') return handle.db.transaction().execute(fn);

  const lock = sqliteWriteLock(handle.db);
  const run = () => handle.db.connection().execute((conn) => immediate(conn, fn));

  return lock ? lock.run(run) : run();
}

const BEGIN = CompiledQuery.raw('begin immediate');
const COMMIT = CompiledQuery.raw('commit');
const ROLLBACK = CompiledQuery.raw('rollback');

async function immediate<T>(
  conn: Kysely<BatonDatabase>,
  fn: (trx: Kysely<BatonDatabase>) => Promise<T>,
): Promise<T> {
  await conn.executeQuery(BEGIN);
  try {
    const result = await fn(conn);
    await conn.executeQuery(COMMIT);

    return result;
  } catch (error) {
    await conn.executeQuery(ROLLBACK).catch(() => {
      // The transaction is already gone (SQLite rolls back on some errors): nothing to undo.
    });
    throw error;
  }
}

/** Thrown inside a write transaction when a row changed since it was read. Retryable. */
export class StaleWriteError extends Error {
  constructor(what: string) {
    super(`stale write: ${what}`);
    this.name = 'StaleWriteError';
  }
}

const SQLITE_BUSY = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED']);
const SQLITE_DUPLICATE = new Set(['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE']);
/** unique_violation, serialization_failure, deadlock_detected, lock_not_available. */
const PG_RETRYABLE = new Set(['23505', '40001', '40P01', '55P03']);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;

  return typeof error.code === 'string' ? error.code : undefined;
}

export function isSqliteBusy(error: unknown): boolean {
  const code = errorCode(error);

  return code !== undefined && SQLITE_BUSY.has(code);
}

/**
 * True for failures that mean "someone else wrote first": a stale version, a duplicate key from
 * a concurrent append, a busy SQLite file, a PostgreSQL serialization failure or deadlock.
 * Running the whole command again from a fresh read is the cure.
 */
export function isWriteConflict(error: unknown): boolean {
  if (error instanceof StaleWriteError) return true;
  const code = errorCode(error);
  if (code === undefined) return false;

  return SQLITE_BUSY.has(code) || SQLITE_DUPLICATE.has(code) || PG_RETRYABLE.has(code);
}

export type RetryOptions = {
  /** Total attempts, the first included (default 8). */
  attempts?: number;
  /** Upper bound of the first backoff in ms; doubles each attempt, with full jitter (default 8). */
  baseDelayMs?: number;
  /** Called before each retry, e.g. to log or count conflicts. */
  onRetry?: (info: { attempt: number; error: unknown }) => void;
};

/**
 * Runs `attempt` until it succeeds, throws a non-conflict error, or runs out of attempts; then
 * `onExhausted` builds the error to throw from the last conflict.
 */
export async function retryOnConflict<T>(
  attempt: () => Promise<T>,
  onExhausted: (last: unknown) => Error,
  options: RetryOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 8;
  const base = options.baseDelayMs ?? 8;
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      if (n >= attempts) throw onExhausted(error);
      options.onRetry?.({ attempt: n, error });
      await sleep(Math.random() * base * 2 ** (n - 1));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
