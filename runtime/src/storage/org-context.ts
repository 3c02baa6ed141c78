import type { BusinessCalendar, Delegation } from '@baton/schemas';
import type { Kysely } from 'kysely';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import { loadLiveDelegations } from './delegation-store.ts';
import { loadOrgDirectory } from './org-store.ts';
import type { BatonDatabase } from './schema.ts';
import { loadBusinessCalendar } from './settings-store.ts';

/** What commands read besides the request, kept per org revision. */
export type OrgContext = {
  readonly org: OrgDirectory;
  /** The stored business calendar (default `DEFAULT_BUSINESS_CALENDAR`). */
  readonly calendar: BusinessCalendar;
  /**
   * Delegations not revoked that had not ended when read (the core checks each window against
   * its clock, so one that ended since is simply not applied).
   */
  readonly delegations: readonly Delegation[];
};

/** The org context as of a revision, read through the transaction of the command asking. */
export type OrgContextCache = (
  trx: Kysely<BatonDatabase>,
  read: { revision: number; at: string },
) => Promise<OrgContext>;

/**
 * Keeps the context of the last revision read and rebuilds it when a command reads another.
 * Every write to the org tables, `delegations` and `settings` moves the revision (triggers of
 * 0003, 0004, 0006), so a new delegation, a revocation or a new calendar is seen by the next
 * command. The revision is read before these tables, so the context kept for a revision is never
 * older than it.
 */
export function orgContextCache(): OrgContextCache {
  let cached: { revision: number; context: OrgContext } | undefined;

  return async (trx, read) => {
    if (cached?.revision === read.revision) return cached.context;
    const [org, calendar, delegations] = await Promise.all([
      loadOrgDirectory(trx),
      loadBusinessCalendar(trx),
      loadLiveDelegations(trx, read.at),
    ]);
    const context = { org, calendar, delegations };
    cached = { revision: read.revision, context };

    return context;
  };
}
