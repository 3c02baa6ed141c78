import {
  resolveText,
  visibleValues,
  type FormDefinition,
  type FormValues,
  type Locale,
} from '@baton/schemas';
import type { InstanceStatus } from '@baton/runtime';
import { instanceTitle, type BatonDatabase } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { namesOf } from './people.ts';
import { readableRequests, type ReadableRequest } from './readable.ts';
import type { Viewer } from './viewer-access.ts';

/**
 * How many of the newest readable requests one search looks through. Search stays bounded
 * whatever the database holds; older requests are found by filtering on flow and status.
 */
export const SEARCH_SCAN = 500;

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

/** Whether the title or a visible value of the request contains `needle` (lower case). */
function matches(
  request: ReadableRequest,
  search: { readonly needle: string; readonly title: string; readonly locale: Locale },
): boolean {
  const values = visibleValues(request.view.state.values, request.access);
  const texts = [search.title, ...searchableTexts(request.bundle.form, values, search.locale)];

  return texts.some((text) => text.toLocaleLowerCase().includes(search.needle));
}

/**
 * Requests the viewer may read (see `readableRequests`) whose title or visible values contain
 * `q` (case-insensitive; every request when `q` is blank), newest first, at most `limit`. Titles
 * and values are taken after the viewer's field access is applied, so a value hidden from them
 * never makes a request match. Looks through the newest `SEARCH_SCAN` readable requests.
 */
export async function searchRequests(
  db: Kysely<BatonDatabase>,
  reader: { readonly user: Viewer; readonly locale: Locale },
  query: SearchQuery,
): Promise<SearchHit[]> {
  const requests = await readableRequests(db, reader.user, {
    flowKeys: query.flowKeys,
    status: query.status,
    limit: SEARCH_SCAN,
  });
  const person = await namesOf(
    db,
    requests.map((request) => request.view.initiatorId),
  );
  const needle = (query.q ?? '').trim().toLocaleLowerCase();
  const hits: SearchHit[] = [];
  for (const request of requests) {
    const initiator = person(request.view.initiatorId).name;
    const hit = hitOf(request, { locale: reader.locale, initiator });
    if (needle === '' || matches(request, { needle, title: hit.title, locale: reader.locale }))
      hits.push(hit);
    if (hits.length >= query.limit) break;
  }

  return hits;
}

/** A readable request as a list row, its title made from the values the viewer may read. */
export function hitOf(
  request: ReadableRequest,
  names: { readonly locale: Locale; readonly initiator: string },
): SearchHit {
  const { view, bundle, access } = request;
  const values = visibleValues(view.state.values, access);

  return {
    id: view.id,
    title: instanceTitle(bundle, names.initiator, values, names.locale),
    flowKey: view.flowKey,
    flowName: resolveText(bundle.flow.name, names.locale),
    status: view.status,
    createdAt: view.createdAt,
    updatedAt: view.updatedAt,
  };
}
