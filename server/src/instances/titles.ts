import { FormValues, type Locale } from '@baton/schemas';
import {
  flowVersionCache,
  instanceTitle,
  parseJsonColumn,
  queryInBatches,
  type BatonDatabase,
} from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { z } from 'zod';

/** The part of a stored instance state a title needs. */
const TitleState = z.object({ values: FormValues });

/**
 * Request titles in `locale`, made at read time from the flow's name, the initiator's name and
 * the amount (the stored title is zh-CN). One query for the requests (per batch of ids), and one per distinct flow
 * version; a request not found keeps its stored title.
 */
export async function localizedTitles(
  db: Kysely<BatonDatabase>,
  requests: readonly { readonly id: string; readonly title: string }[],
  locale: Locale,
): Promise<(request: { readonly id: string; readonly title: string }) => string> {
  const ids = [...new Set(requests.map((request) => request.id))];
  const rows = await queryInBatches(ids, (batch) =>
    db
      .selectFrom('instances')
      .leftJoin('users', 'users.id', 'instances.initiator_id')
      .select([
        'instances.id',
        'instances.flow_key',
        'instances.flow_version',
        'instances.state',
        'instances.initiator_id',
        'users.name as initiator_name',
      ])
      .where('instances.id', 'in', batch)
      .execute(),
  );
  const flowOf = flowVersionCache(db);
  const titles = new Map<string, string>();
  for (const row of rows) {
    const { bundle } = await flowOf(row.flow_key, row.flow_version);
    const { values } = parseJsonColumn(TitleState, row.state, { table: 'instances', id: row.id });
    const initiator = row.initiator_name ?? row.initiator_id;
    titles.set(row.id, instanceTitle(bundle, initiator, values, locale));
  }

  return (request) => titles.get(request.id) ?? request.title;
}
