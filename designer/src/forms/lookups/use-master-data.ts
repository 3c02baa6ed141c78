import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MasterDataKind } from '@baton/schemas';
import { useTRPC } from '../../api/trpc.ts';

/** How many entries a picker lists at once; typing narrows the list on the server. */
const PAGE = 50;

/** "CC-100 · Marketing": the code first, as finance reads ledgers. */
export function masterDataLabel(entry: { readonly code: string; readonly name: string }): string {
  return `${entry.code} · ${entry.name}`;
}

/** Entries of a master-data list matching `search` (code or name), as select options. */
export function useMasterDataOptions(kind: MasterDataKind, search: string) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.masterData.options.queryOptions({
      kind,
      limit: PAGE,
      ...(search === '' ? {} : { q: search }),
    }),
    placeholderData: keepPreviousData,
  });
  const options = (query.data ?? []).map((entry) => ({
    value: entry.code,
    label: masterDataLabel(entry),
  }));

  return { options, loading: query.isFetching };
}

/**
 * How a chosen code reads ("CC-100 · Marketing"); the code alone while loading, or when the
 * entry is gone (a request keeps the codes it was submitted with).
 */
export function useMasterDataLabel(kind: MasterDataKind, code: string | null): string | null {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.masterData.options.queryOptions({ kind, q: code ?? '', limit: 20 }),
    enabled: code !== null,
  });
  if (code === null) return null;
  const entry = query.data?.find((candidate) => candidate.code === code);

  return entry ? masterDataLabel(entry) : code;
}
