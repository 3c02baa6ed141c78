import type { Locale, ValidationIssue } from '@baton/schemas';
import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail, serverIssue } from '../messages.ts';

export type NewDelegation = {
  readonly userId: string;
  readonly delegateId: string;
  readonly startsAt: string;
  readonly endsAt: string;
};

/**
 * Refuses a delegation the engine would refuse too, with every issue at its input path, in the
 * caller's language (`input.invalid`): an empty or past window, oneself as delegate, a delegate
 * who is unknown or disabled, an unknown user (admins name them). Nothing is written then.
 */
export async function assertDelegationAllowed(
  db: Kysely<BatonDatabase>,
  check: { delegation: NewDelegation; now: Date; locale: Locale },
): Promise<void> {
  const { delegation, locale } = check;
  const issues: ValidationIssue[] = [];
  const at = (path: string) => ({ path: [path], locale });
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
  if (issues.length > 0) throw fail('input.invalid', {}, { issues });
}
