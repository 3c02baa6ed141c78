import {
  resolveText,
  visibleValues,
  type FormDefinition,
  type FormValues,
  type Locale,
} from '@baton/schemas';
import { InstanceState, type InstanceStatus } from '@baton/runtime';
import { parseJsonColumn, type BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { withStates, type InstanceHead } from './instance-heads.ts';
import { namesOf } from './people.ts';
import { listedFor, readableHeads, type ListedRequest } from './readable.ts';
import { listTitle } from './titles.ts';
import type { Viewer } from './viewer-access.ts';

/**
 * How far one search looks: the newest `rows` readable requests, and of those only as many as
 * hold `bytes` of stored state together (at least one), since matching values means reading
 * them. Search stays bounded whatever the database holds; older requests are found by
 * filtering on flow and status. A blank query reads no values and lists the newest.
 */
export const SEARCH_SCAN = { rows: 500, bytes: 32 * 1024 * 1024 } as const;

/** One hit: what a list row shows. */
export type SearchHit = {
  readonly id: string;
  readonly title: string;
  readonly flowKey: string;
  readonly flowName: string;
  readonly status: InstanceStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
};

export type SearchQuery = {
  readonly q?: string | undefined;
  readonly flowKeys?: readonly string[] | undefined;
  readonly status?: InstanceStatus | undefined;
  readonly limit: number;
};

const ValuesOnly = InstanceState.pick({ values: true });

/** Every string inside a value (table cells, file names, lists), for matching. */
function stringsIn(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) stringsIn(item, into);
}

/** The texts of visible values a query may match: the values and the labels of chosen options. */
function searchableTexts(form: FormDefinition, values: FormValues, locale: Locale): string[] {
  const texts: string[] = [];
  for (const field of form.fields) {
    if (!Object.hasOwn(values, field.key)) continue;
    const value = values[field.key];
    stringsIn(value, texts);
    if (!('options' in field)) continue;
    const chosen = Array.isArray(value) ? value : [value];
    for (const option of field.options)
      if (chosen.includes(option.value)) texts.push(resolveText(option.label, locale));
  }

  return texts;
}

/** The newest heads whose states hold at most `bytes` together (always the first one). */
function withinBytes(heads: readonly InstanceHead[], bytes: number): InstanceHead[] {
  let total = 0;

  return heads.filter((head, index) => {
    total += head.stateBytes;

    return index === 0 || total <= bytes;
  });
}

type Matcher = { readonly needle: string; readonly locale: Locale };

/** Whether a visible value of the request (stored as `text`) contains the needle. */
function valuesMatch(request: ListedRequest, text: string, match: Matcher): boolean {
  const { values } = parseJsonColumn(ValuesOnly, text, { table: 'instances', id: request.head.id });
  const visible = visibleValues(values, request.access);
  const texts = searchableTexts(request.bundle.form, visible, match.locale);

  return texts.some((candidate) => candidate.toLocaleLowerCase().includes(match.needle));
}

/** The hits among `listed` for a non-blank needle, reading values a chunk of states at a time. */
async function matching(
  db: Kysely<BatonDatabase>,
  listed: readonly { request: ListedRequest; hit: SearchHit }[],
  query: Matcher & { readonly limit: number },
): Promise<SearchHit[]> {
  const titled = (hit: SearchHit) => hit.title.toLocaleLowerCase().includes(query.needle);
  const hits: SearchHit[] = [];
  for await (const { items, states } of withStates(db, listed, ({ request }) => request.head)) {
    for (const { request, hit } of items) {
      const text = states.get(hit.id)?.state;
      if (titled(hit) || (text !== undefined && valuesMatch(request, text, query))) hits.push(hit);
      if (hits.length >= query.limit) return hits;
    }
  }

  return hits;
}

/**
 * Requests the viewer may read (see `readableHeads`) whose title or visible values contain `q`
 * (case-insensitive; every request when `q` is blank), newest first, at most `limit`. Titles
 * and values are taken after the viewer's field access is applied, so a value hidden from them
 * never makes a request match. Looks as far as `scan` allows (default `SEARCH_SCAN`).
 */
export async function searchRequests(
  db: Kysely<BatonDatabase>,
  reader: { readonly user: Viewer; readonly locale: Locale },
  query: SearchQuery,
  scan: { readonly rows: number; readonly bytes: number } = SEARCH_SCAN,
): Promise<SearchHit[]> {
  const needle = (query.q ?? '').trim().toLocaleLowerCase();
  const heads = await readableHeads(db, reader.user, {
    flowKeys: query.flowKeys,
    status: query.status,
    limit: needle === '' ? query.limit : scan.rows,
  });
  const window = needle === '' ? heads : withinBytes(heads, scan.bytes);
  const listed = await listedFor(db, reader.user, window);
  const person = await namesOf(
    db,
    listed.map(({ head }) => head.initiatorId),
  );
  const hits = listed.map((request) => {
    const initiator = person(request.head.initiatorId).name;

    return { request, hit: hitOf(request, { locale: reader.locale, initiator }) };
  });
  if (needle === '') return hits.map(({ hit }) => hit);

  return matching(db, hits, { needle, locale: reader.locale, limit: query.limit });
}

/** A listed request as a list row, its title made from the values the viewer may read. */
function hitOf(
  request: ListedRequest,
  names: { readonly locale: Locale; readonly initiator: string },
): SearchHit {
  const { head, bundle } = request;

  return {
    id: head.id,
    title: listTitle(request, names.initiator, names.locale),
    flowKey: head.flowKey,
    flowName: resolveText(bundle.flow.name, names.locale),
    status: head.status,
    createdAt: head.createdAt,
    updatedAt: head.updatedAt,
  };
}
