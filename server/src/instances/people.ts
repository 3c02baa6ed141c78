import type { BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import type { Person } from '../routers/shapes.ts';

/**
 * Names of the given users, looked up in one query. Unknown ids map to themselves, so a removed
 * user still shows as something in an old timeline.
 */
export async function namesOf(
  db: Kysely<BatonDatabase>,
  ids: Iterable<string>,
): Promise<(id: string) => Person> {
  const wanted = [...new Set(ids)];
  const rows =
    wanted.length === 0
      ? []
      : await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  const names = new Map(rows.map((row) => [row.id, row.name]));

  return (id) => ({ id, name: names.get(id) ?? id });
}
