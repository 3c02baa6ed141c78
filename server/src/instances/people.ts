import { queryInBatches, type BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import type { Person } from '../routers/shapes.ts';

/**
 * Names of the given users, looked up in one query (one per batch of ids: a step may have
 * thousands of approvers). Unknown ids map to themselves, so a removed user still shows as
 * something in an old timeline.
 */
export async function namesOf(
  db: Kysely<BatonDatabase>,
  ids: Iterable<string>,
): Promise<(id: string) => Person> {
  const rows = await queryInBatches([...new Set(ids)], (batch) =>
    db.selectFrom('users').select(['id', 'name']).where('id', 'in', batch).execute(),
  );
  const names = new Map(rows.map((row) => [row.id, row.name]));

  return (id) => ({ id, name: names.get(id) ?? id });
}
