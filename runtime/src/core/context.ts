import type { BusinessCalendar, Delegation } from '@baton/schemas';
import type { OrgDirectory } from '../approvers/org-directory.ts';

/**
 * Everything `decide` needs from outside. The clock and the id source are injected so that the
 * same inputs always give the same decision: a test passes a fake clock and a counter.
 * `now()` is read once per command, so every event of one decision carries the same time.
 */
export type CoreContext = {
  /** ISO-8601 UTC timestamp. */
  now(): string;
  /** A new unique id; `prefix` names what it is for (`task`, `step`, `tok`). */
  newId(prefix: string): string;
  /** The organization as it is now: approvers are resolved against it at step entry. */
  org: OrgDirectory;
  /** The calendar working-time deadlines and delays count in (default: DEFAULT_BUSINESS_CALENDAR). */
  calendar?: BusinessCalendar | undefined;
  /**
   * Out-of-office delegations (any window; the core checks the window against `now()`), applied
   * when tasks are assigned. Default: none.
   */
  delegations?: readonly Delegation[] | undefined;
  instanceId: string;
  flowKey: string;
  flowVersion: number;
};
