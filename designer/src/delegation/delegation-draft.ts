import { Delegation } from '@baton/schemas';

/** The new-delegation form as typed: date-times as the browser's `datetime-local` text. */
export type DelegationDraft = {
  readonly userId: string | undefined;
  readonly delegateId: string | undefined;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly flowKeys: readonly string[];
  readonly amountCap: string;
  readonly reason: string;
};

/** What `delegations.create` takes. */
export type DelegationInput = {
  delegateId: string;
  startsAt: string;
  endsAt: string;
  flowKeys?: string[];
  amountCap?: string;
  reason?: string;
  userId?: string;
};

export type DraftField = 'userId' | 'delegateId' | 'startsAt' | 'endsAt' | 'amountCap';
/** A problem of the draft: the field it is about and the key of its message (`problems.*`). */
export type DraftProblem = { readonly field: DraftField; readonly message: string };

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * A `datetime-local` value ("2026-05-01T09:00", the browser's own time zone) as an ISO instant
 * (UTC, "…Z"); undefined for empty or malformed text.
 */
export function localToInstant(text: string): string | undefined {
  if (!LOCAL_DATE_TIME.test(text)) return undefined;
  const date = new Date(text);

  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** An instant as a `datetime-local` value in the browser's time zone, to the minute. */
export function instantToLocal(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

  return `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An empty form starting now and ending in a week, at whole minutes. */
export function emptyDraft(now: Date): DelegationDraft {
  const week = new Date(now.getTime() + 7 * 24 * 60 * 60 * 1000);

  return {
    userId: undefined,
    delegateId: undefined,
    startsAt: instantToLocal(now),
    endsAt: instantToLocal(week),
    flowKeys: [],
    amountCap: '',
    reason: '',
  };
}

function windowProblems(starts: string | undefined, ends: string | undefined, now: Date) {
  const problems: DraftProblem[] = [];
  if (starts === undefined) problems.push({ field: 'startsAt', message: 'problems.startsMissing' });
  if (ends === undefined) problems.push({ field: 'endsAt', message: 'problems.endsMissing' });
  else if (starts !== undefined && Date.parse(ends) <= Date.parse(starts))
    problems.push({ field: 'endsAt', message: 'problems.windowEmpty' });
  else if (Date.parse(ends) <= now.getTime())
    problems.push({ field: 'endsAt', message: 'problems.ended' });

  return problems;
}

/**
 * Checks a draft as the server will (the same amount rule as `Delegation.amountCap`) and builds
 * the input for `delegations.create`. `self` is who the delegation is for when no `userId` is
 * chosen (the caller); `needsUser` when an admin sets one up for someone else.
 */
export function readDraft(
  draft: DelegationDraft,
  context: { readonly now: Date; readonly self: string; readonly needsUser: boolean },
): { input?: DelegationInput; problems: DraftProblem[] } {
  const starts = localToInstant(draft.startsAt);
  const ends = localToInstant(draft.endsAt);
  const cap = draft.amountCap.trim();
  const problems: DraftProblem[] = [];
  if (context.needsUser && draft.userId === undefined)
    problems.push({ field: 'userId', message: 'problems.userMissing' });
  if (draft.delegateId === undefined)
    problems.push({ field: 'delegateId', message: 'problems.delegateMissing' });
  else if (draft.delegateId === (draft.userId ?? context.self))
    problems.push({ field: 'delegateId', message: 'problems.self' });
  problems.push(...windowProblems(starts, ends, context.now));
  if (cap !== '' && !Delegation.shape.amountCap.safeParse(cap).success)
    problems.push({ field: 'amountCap', message: 'problems.amountInvalid' });
  if (problems.length > 0 || !draft.delegateId || !starts || !ends) return { problems };
  const reason = draft.reason.trim();
  const input: DelegationInput = { delegateId: draft.delegateId, startsAt: starts, endsAt: ends };
  if (draft.flowKeys.length > 0) input.flowKeys = [...draft.flowKeys];
  if (cap !== '') input.amountCap = cap;
  if (reason !== '') input.reason = reason;
  if (draft.userId !== undefined) input.userId = draft.userId;

  return { input, problems };
}

export type DelegationStatus = 'active' | 'upcoming' | 'ended' | 'revoked';

/** Where a delegation stands at `now`: revoked wins, then its window decides. */
export function delegationStatus(
  delegation: {
    readonly startsAt: string;
    readonly endsAt: string;
    readonly revokedAt: string | null;
  },
  now: Date,
): DelegationStatus {
  if (delegation.revokedAt !== null) return 'revoked';
  if (Date.parse(delegation.startsAt) > now.getTime()) return 'upcoming';

  return Date.parse(delegation.endsAt) <= now.getTime() ? 'ended' : 'active';
}
