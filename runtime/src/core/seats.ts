import type { ApprovalConfig } from '@baton/schemas';
import { because, explain, personById, type Explanation } from '../approvers/index.ts';
import { alreadyApproved, dedupeApproved, initiatorAutoApproved } from './notes.ts';
import { policiesOf } from './policies.ts';
import { approvalsThisRound, previousApprovals, type Approval } from './round-approvals.ts';
import type { Resolved } from './staffing.ts';
import type { Work } from './work.ts';

/** A place on a step: a person asked to decide, or a part a policy approved in their name. */
export type Seat = {
  readonly userId: string;
  readonly reason: string;
  readonly reasonDetail: Explanation;
  readonly auto?: 'initiator' | 'dedupe';
};

/**
 * The places of a step, in resolved order: each person found, or a part approved in their name
 * because they approved before (dedupe, `prior`), plus the initiator's part first when the node
 * approves it automatically (`initiator: 'autoApprove'`).
 */
export function seatsOf(
  work: Work,
  config: Pick<ApprovalConfig, 'initiator'>,
  resolved: Resolved,
  prior: ReadonlyMap<string, Approval>,
): Seat[] {
  const { org } = work.ctx;
  const consecutive = policiesOf(work.bundle.flow).dedupe === 'consecutive';
  const seats: Seat[] = resolved.assignees.map((assignee) => {
    const approval = prior.get(assignee.userId);
    if (!approval) return assignee;
    const reasonDetail = dedupeApproved(org, work.graph, approval, consecutive);

    return {
      userId: assignee.userId,
      reasonDetail,
      reason: explain(reasonDetail, 'en'),
      auto: 'dedupe',
    };
  });
  if (config.initiator === 'autoApprove' && initiatorApprovable(resolved)) {
    const userId = work.state.initiatorId;
    const reasonDetail = initiatorAutoApproved(org, userId);
    seats.unshift({ userId, reasonDetail, reason: explain(reasonDetail, 'en'), auto: 'initiator' });
  }

  return seats;
}

/**
 * Whether `initiator: 'autoApprove'` may approve the initiator's part: they were found and left
 * out, and not only because they named themselves (a form field, their own pick). Nobody
 * approves their own request by filling in their own name.
 */
export function initiatorApprovable(resolved: Resolved): boolean {
  return resolved.initiatorSkipped && resolved.initiatorNamedBySelf !== true;
}

/** An empty map of people, shared (most flows have no policy that needs one). */
export const NOBODY: ReadonlyMap<string, never> = new Map<string, never>();

/** Who dedupe approves for: who approved the step before, or any step of this round. */
export function dedupeSource(work: Work): ReadonlyMap<string, Approval> {
  const { dedupe } = policiesOf(work.bundle.flow);
  if (dedupe === 'none') return NOBODY;
  const approvals =
    dedupe === 'consecutive' ? previousApprovals(work.state) : approvalsThisRound(work.state);

  return new Map(approvals.map((approval) => [approval.userId, approval]));
}

/** `distinctApprovers`: who approved earlier in this round, each with the fact saying so. */
export function excludedFor(work: Work): ReadonlyMap<string, Explanation> {
  if (!policiesOf(work.bundle.flow).distinctApprovers) return NOBODY;
  const approvals = approvalsThisRound(work.state);

  return new Map(
    approvals.map((approval) => [
      approval.userId,
      alreadyApproved(work.ctx.org, work.graph, approval),
    ]),
  );
}

/** Someone the rules found who was left out by a policy, and why. */
export type Skipped = { readonly userId: string; readonly reasonDetail: Explanation };

/**
 * Who the rules found but a policy left out: the initiator (nobody approves their own request,
 * unless the node approves their part automatically and they did not name themselves) and
 * those `distinctApprovers` excluded.
 */
export function skippedOf(
  work: Work,
  config: Pick<ApprovalConfig, 'initiator'>,
  resolved: Resolved,
  excluded: ReadonlyMap<string, Explanation>,
): Skipped[] {
  const skipped: Skipped[] = [];
  const approvedForThem = config.initiator === 'autoApprove' && initiatorApprovable(resolved);
  if (resolved.initiatorSkipped && !approvedForThem) {
    const userId = work.state.initiatorId;
    const user = personById(work.ctx.org, userId);
    skipped.push({ userId, reasonDetail: because('sod.initiator', user) });
  }
  for (const [userId, reasonDetail] of excluded) {
    // The resolver records the very explanation it was given for each person it left out.
    if (resolved.factDetails.includes(reasonDetail)) skipped.push({ userId, reasonDetail });
  }

  return skipped;
}
