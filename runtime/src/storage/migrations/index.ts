import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.ts';
import * as commandRoundTrips from './0002-command-round-trips.ts';

/**
 * Every migration, in order. A static list (rather than reading the folder) works the same under
 * tsx, vitest and a bundler; add each new migration file here.
 */
const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-command-round-trips': commandRoundTrips,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};
