import { Migrator, type Kysely } from 'kysely';
import { storageError } from './errors.ts';
import { migrationProvider } from './migrations/index.ts';
import { isSqliteBusy } from './transaction.ts';

/**
 * Applies every pending migration. Throws a `storage.migration-failed` BatonError naming the
 * migration that failed (its cause is the database error). Safe to call on every start; on
 * PostgreSQL concurrent callers serialize on Kysely's migration lock. SQLite has no lock across
 * processes: a caller that finds the file busy, or that loses a race to another process applying
 * the same migration ("already exists"), waits and reads the migration table again.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await migrateOnce(db);
    } catch (error) {
      if (attempt >= 8 || !(isSqliteBusy(error) || lostMigrationRace(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** Another process created what this one was about to create (SQLite, no migration lock). */
function lostMigrationRace(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;

  return cause instanceof Error && /already exists/i.test(cause.message);
}

async function migrateOnce<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (failed || error) {
    if (!failed && isSqliteBusy(error)) throw error;
    const migration = failed?.migrationName ?? 'unknown';

    const reason = error instanceof Error ? error.message.slice(0, 300) : String(error);

    throw storageError('storage.migration-failed', { migration, reason }, { cause: error });
  }

  return results.map((result) => result.migrationName);
}
