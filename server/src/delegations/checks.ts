import type { Locale, ValidationIssue } from '@baton/schemas';
import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail, serverIssue } from '../messages.ts';

export type NewDelegation = {
  readonly userId: string;
  readonly delegateId: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly flowKeys?: readonly string[] | undefined;
};

type At = (...path: Array<string | number>) => { path: Array<string | number>; locale: Locale };

/** An issue at each of `flowKeys` that names no flow (drafts count: they may be published). */
async function flowKeyIssues(
  db: Kysely<BatonDatabase>,
  flowKeys: readonly string[],
  at: At,
): Promise<ValidationIssue[]> {
  if (flowKeys.length === 0) return [];
  const rows = await db
    .selectFrom('flows')
    .select('key')
    .where('key', 'in', [...new Set(flowKeys)])
    .execute();
  const known = new Set(rows.map((row) => row.key));

  return flowKeys.flatMap((key, index) =>
    known.has(key) ? [] : [serverIssue('delegation.unknown-flow', { key }, at('flowKeys', index))],
  );
}

/**
 * Refuses a delegation the engine would refuse too, with every issue at its input path, in the
 * caller's language (`input.invalid`): an empty or past window, oneself as delegate, a delegate
 * who is unknown or disabled, an unknown user (admins name them), a flow key that names no
 * flow. Nothing is written then. (The engine also refuses more than 20 current delegations of
 * one person: `storage.delegation-limit`.)
 */
export async function assertDelegationAllowed(
  db: Kysely<BatonDatabase>,
  check: { delegation: NewDelegation; now: Date; locale: Locale },
): Promise<void> {
  const { delegation, locale } = check;
  const issues: ValidationIssue[] = [];
  const at: At = (...path) => ({ path, locale });
  const ends = Date.parse(delegation.endsAt);
  if (ends <= Date.parse(delegation.startsAt)) {
    issues.push(serverIssue('delegation.window-empty', {}, at('endsAt')));
  } else if (ends <= check.now.getTime()) {
    issues.push(serverIssue('delegation.already-ended', {}, at('endsAt')));
  }
  if (delegation.delegateId === delegation.userId) {
    issues.push(serverIssue('delegation.self', {}, at('delegateId')));
  }
  const users = await db
    .selectFrom('users')
    .select(['id', 'disabled'])
    .where('id', 'in', [delegation.userId, delegation.delegateId])
    .execute();
  const delegate = users.find((user) => user.id === delegation.delegateId);
  if (!users.some((user) => user.id === delegation.userId)) {
    issues.push(serverIssue('delegation.unknown-user', { id: delegation.userId }, at('userId')));
  }
  if (!delegate) {
    const id = delegation.delegateId;
    issues.push(serverIssue('delegation.unknown-user', { id }, at('delegateId')));
  } else if (Number(delegate.disabled) === 1) {
    const id = delegation.delegateId;
    issues.push(serverIssue('delegation.disabled-user', { id }, at('delegateId')));
  }
  issues.push(...(await flowKeyIssues(db, delegation.flowKeys ?? [], at)));
  if (issues.length > 0) throw fail('input.invalid', {}, { issues });
}
