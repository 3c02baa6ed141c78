import type { ApprovalConfig } from '@baton/schemas';

/**
 * `max(1, ceil(n × percent / 100))` in integer arithmetic, so no binary fraction ever decides
 * a count: 1 of 1 at any percent, 1 of 2 at 50 %, 2 of 3 at 50 %, 3 of 3 at 67 %, 10 of 19 at
 * 50 %, 12 of 19 at 60 %.
 */
export function shareOf(count: number, percent: number): number {
  return Math.max(1, Math.floor((count * percent + 99) / 100));
}

/**
 * Approvals that complete a step of `count` approvers: one for `any`, all of them for `all`
 * and `sequential`, the stated share for `percentage` (100 % when no percent is set).
 */
export function neededApprovals(
  config: Pick<ApprovalConfig, 'mode' | 'percent'>,
  count: number,
): number {
  switch (config.mode) {
    case 'any':
      return 1;
    case 'all':
    case 'sequential':
      return Math.max(1, count);
    case 'percentage':
      return shareOf(count, config.percent ?? 100);
  }
}

/** The tally of a step's tasks, auto-approved ones included. */
export type Tally = {
  readonly total: number;
  readonly approved: number;
  readonly rejected: number;
  /** Open or waiting: people who may still approve. */
  readonly pending: number;
};

export function tally(statuses: readonly string[]): Tally {
  let approved = 0;
  let rejected = 0;
  let pending = 0;
  for (const status of statuses) {
    if (status === 'approved') approved += 1;
    else if (status === 'rejected') rejected += 1;
    else if (status === 'open' || status === 'waiting') pending += 1;
  }

  return { total: statuses.length, approved, rejected, pending };
}

/**
 * Whether a rejection just recorded rejects the whole step. A veto always does; `first`: any
 * rejection does; `threshold`: once rejections reach `rejectPercent` of the approvers (when
 * set), and in any case once approval can no longer reach `needed`.
 */
export function stepRejected(options: {
  readonly policy: Pick<ApprovalConfig, 'rejectWhen' | 'rejectPercent'>;
  readonly tally: Tally;
  readonly needed: number;
  readonly veto: boolean;
}): boolean {
  const { policy, tally: counts, needed, veto } = options;
  if (veto || policy.rejectWhen === 'first') return true;
  const { rejectPercent } = policy;
  if (rejectPercent !== undefined && counts.rejected >= shareOf(counts.total, rejectPercent))
    return true;

  return counts.approved + counts.pending < needed;
}
