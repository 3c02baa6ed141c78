import { migrateToLatest, openDatabase, type DatabaseHandle } from '@baton/runtime/storage';
import { sqlitePath, type Config } from './config.ts';

/**
 * Opens the configured database (PostgreSQL when `DATABASE_URL` is set, otherwise SQLite at
 * `BATON_DATA_DIR/baton.sqlite`) and applies pending migrations.
 */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { sqlitePath: sqlitePath(config) },
  );
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await handle.close();
    throw error;
  }

  return handle;
}
