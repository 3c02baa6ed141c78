import type { Work } from './work.ts';

/**
 * Who gets a task meant for `userId`, after out-of-office delegations (`ctx.delegations`) in
 * force now for this flow and amount: `assigneeId` (the same person when none applies) and,
 * when it differs, `onBehalfOf` (= userId) and the `chain` followed (A → B → C). A loop
 * (A → B → A) or a disabled delegate leaves the task with the last enabled person before it,
 * with `stop` saying why. Call it wherever a task is created for a person.
 *
 * TODO(#4): being built; nobody is delegated until then.
 */
export function assigneeFor(
  _work: Work,
  userId: string,
): {
  readonly assigneeId: string;
  readonly onBehalfOf?: string;
  readonly chain: readonly string[];
  readonly stop?: 'loop' | 'disabled';
} {
  return { assigneeId: userId, chain: [userId] };
}
