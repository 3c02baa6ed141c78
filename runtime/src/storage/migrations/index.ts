import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.ts';
import * as commandRoundTrips from './0002-command-round-trips.ts';
import * as orgRevisionTriggers from './0003-org-revision-triggers.ts';
import * as positionsGroupsSamples from './0004-positions-groups-samples.ts';
import * as leanerStepWrites from './0005-leaner-step-writes.ts';
import * as actionsDelegationSettings from './0006-actions-delegation-settings.ts';
import * as notifications from './0007-notifications.ts';
import * as attachmentsMasterDataAudit from './0008-attachments-master-data-audit.ts';

/**
 * Every migration, in order. A static list (rather than reading the folder) works the same under
 * tsx, vitest and a bundler; add each new migration file here.
 */
const migrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-command-round-trips': commandRoundTrips,
  '0003-org-revision-triggers': orgRevisionTriggers,
  '0004-positions-groups-samples': positionsGroupsSamples,
  '0005-leaner-step-writes': leanerStepWrites,
  '0006-actions-delegation-settings': actionsDelegationSettings,
  '0007-notifications': notifications,
  '0008-attachments-master-data-audit': attachmentsMasterDataAudit,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...migrations }),
};
