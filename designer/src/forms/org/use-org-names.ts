import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../../api/trpc.ts';
import { orgNames, type OrgNames } from './org-names.ts';

/**
 * People and departments of the organization (`org.get`) for `user` and `department` fields:
 * options to choose from and names to show. Empty until loaded.
 */
export function useOrgNames(): OrgNames {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.org.get.queryOptions(), staleTime: 60_000 });
  const data = query.data;

  return useMemo(() => orgNames(data?.users ?? [], data?.departments ?? []), [data]);
}
