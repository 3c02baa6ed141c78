import type { Kysely } from 'kysely';
import type { BatonDatabase } from './schema.ts';

/** Per-person lists with a read mark: copies (CC) and notifications. */
type MarkedTable = 'carbon_copies' | 'notifications';

/** Which items to mark read: the listed ones, or every one of the caller's. */
export type ReadSelection = { ids: readonly string[] } | { all: true };

/** How many items of `userId` in `table` are unread. */
export async function unreadCount(
  db: Kysely<BatonDatabase>,
  table: MarkedTable,
  userId: string,
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();

  return Number(row.count);
}

/**
 * Marks unread items of `userId` in `table` read at `at`: the ids given (ids of anyone else's
 * items change nothing) or all of them. Returns how many changed.
 */
export async function markRead(
  db: Kysely<BatonDatabase>,
  table: MarkedTable,
  options: { userId: string; which: ReadSelection; at: string },
): Promise<number> {
  const { userId, which, at } = options;
  if ('ids' in which && which.ids.length === 0) return 0;
  let update = db
    .updateTable(table)
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if ('ids' in which) update = update.where('id', 'in', [...which.ids]);
  const result = await update.executeTakeFirst();

  return Number(result.numUpdatedRows);
}
