import { visibleValues, type Locale } from '@baton/schemas';
import { InstanceState } from '@baton/runtime';
import {
  flowVersionCache,
  instanceTitle,
  parseJsonColumn,
  queryInBatches,
  type BatonDatabase,
} from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { copiesOf } from './readable.ts';
import { accessOf, type Viewer } from './viewer-access.ts';

/** The part of a stored instance state a title and its viewer's access need. */
const TitleState = InstanceState.pick({ values: true, initiatorId: true, tasks: true });

/** Who reads the titles, in which language. */
export type TitleReader = { readonly user: Viewer; readonly locale: Locale };

/**
 * Request titles in the reader's language, made at read time from the flow's name, the
 * initiator's name and the amount (the stored title is zh-CN), the amount only where the
 * reader may read that field (see `viewerAccess`). One query for the requests and one for the
 * reader's copies (per batch of ids), and one per distinct flow version. A request not found
 * gets an empty title: its stored one could show an amount hidden from the reader.
 */
export async function localizedTitles(
  db: Kysely<BatonDatabase>,
  requests: readonly { readonly id: string }[],
  reader: TitleReader,
): Promise<(request: { readonly id: string }) => string> {
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
  const copies = await copiesOf(db, reader.user, ids);
  const flowOf = flowVersionCache(db);
  const titles = new Map<string, string>();
  for (const row of rows) {
    const { bundle } = await flowOf(row.flow_key, row.flow_version);
    const state = parseJsonColumn(TitleState, row.state, { table: 'instances', id: row.id });
    const access = accessOf({ bundle, state }, reader.user, copies.get(row.id) ?? []);
    const initiator = row.initiator_name ?? row.initiator_id;
    const values = visibleValues(state.values, access);
    titles.set(row.id, instanceTitle(bundle, initiator, values, reader.locale));
  }

  return (request) => titles.get(request.id) ?? '';
}
