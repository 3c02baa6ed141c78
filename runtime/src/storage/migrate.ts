import { Migrator, type Kysely } from 'kysely';
import { storageError } from './errors.ts';
import { migrationProvider } from './migrations/index.ts';
import { isSqliteBusy } from './transaction.ts';

/**
 * Applies every pending migration. Throws a `storage.migration-failed` BatonError naming the
 * migration that failed (its cause is the database error). Safe to call on every start; on
 * PostgreSQL concurrent callers serialize on Kysely's migration lock, on SQLite a caller that
 * finds the file busy retries.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await migrateOnce(db);
    } catch (error) {
      if (attempt >= 5 || !isSqliteBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function migrateOnce<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((result) => result.status === 'Error');
  if (failed || error) {
    if (!failed && isSqliteBusy(error)) throw error;
    const migration = failed?.migrationName ?? 'unknown';

    throw storageError('storage.migration-failed', { migration }, { cause: error });
  }

  return results.map((result) => result.migrationName);
}
