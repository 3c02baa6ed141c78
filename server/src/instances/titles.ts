import type { Locale } from '@baton/schemas';
import { instanceTitle, queryInBatches, type BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { headOf, selectHeads } from './instance-heads.ts';
import { namesOf } from './people.ts';
import { listedFor, type ListedRequest } from './readable.ts';
import { readsField, type Viewer } from './viewer-access.ts';

/** Who reads the titles, in which language. */
export type TitleReader = { readonly user: Viewer; readonly locale: Locale };

/**
 * A listed request's title in `locale` (see `instanceTitle`), the amount shown only where the
 * viewer may read that field.
 */
export function listTitle(request: ListedRequest, initiator: string, locale: Locale): string {
  const { bundle, access, facts } = request;
  const amount = readsField(access, 'amount') ? facts.amount : undefined;

  return instanceTitle(bundle, initiator, amount === undefined ? {} : { amount }, locale);
}

/**
 * Request titles in the reader's language, made at read time from the flow's name, the
 * initiator's name and the amount (the stored title is zh-CN), the amount only where the
 * reader may read that field (see `viewerAccess`). A few queries whatever the number of
 * requests; states are parsed only for requests changed since they were last listed (see
 * `listFacts`). A request not found gets an empty title: its stored one could show an amount
 * hidden from the reader.
 */
export async function localizedTitles(
  db: Kysely<BatonDatabase>,
  requests: readonly { readonly id: string }[],
  reader: TitleReader,
): Promise<(request: { readonly id: string }) => string> {
  const ids = [...new Set(requests.map((request) => request.id))];
  const rows = await queryInBatches(ids, (batch) =>
    selectHeads(db).where('instances.id', 'in', batch).execute(),
  );
  const listed = await listedFor(db, reader.user, rows.map(headOf));
  const person = await namesOf(
    db,
    listed.map(({ head }) => head.initiatorId),
  );
  const titles = new Map(
    listed.map((request) => {
      const initiator = person(request.head.initiatorId).name;

      return [request.head.id, listTitle(request, initiator, reader.locale)];
    }),
  );

  return (request) => titles.get(request.id) ?? '';
}
