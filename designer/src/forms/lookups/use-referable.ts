import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc.ts';

const PAGE = 30;

/** Requests the user may read (of `flowKeys` when given) matching `search`, as options. */
export function useReferableOptions(flowKeys: readonly string[], search: string) {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.instances.referable.queryOptions({
      limit: PAGE,
      ...(flowKeys.length === 0 ? {} : { flowKeys: [...flowKeys] }),
      ...(search === '' ? {} : { q: search }),
    }),
    placeholderData: keepPreviousData,
  });
  // A request's title already names its flow, its initiator and its amount.
  const options = (query.data ?? []).map((request) => ({
    value: request.id,
    label: request.title,
  }));

  return { options, loading: query.isFetching };
}

/**
 * How a referenced request reads (its title) when the user may read it; its id otherwise (the
 * link still leads to it, and its page says whether they may see it).
 */
export function useReferenceLabel(id: string | null): string | null {
  const trpc = useTRPC();
  const query = useQuery({
    ...trpc.instances.get.queryOptions({ id: id ?? '' }),
    enabled: id !== null,
    staleTime: 60_000,
  });
  if (id === null) return null;

  return query.data?.title ?? id;
}
