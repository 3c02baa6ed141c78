import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc.ts';
import { orgNames, type OrgNames } from './org-names.ts';

/** Words a disabled person's name in the UI language: "李娜（已停用）" / "Li Na (disabled)". */
export function useMarkDisabled(): (name: string) => string {
  const { t } = useTranslation('forms');

  return useCallback((name: string) => t('disabledUser', { name }), [t]);
}

/**
 * People and departments of the organization (`org.get`) for `user` and `department` fields
 * and the pickers of people: options to choose from and names to show. Empty until loaded.
 */
export function useOrgNames(): OrgNames {
  const trpc = useTRPC();
  const query = useQuery({ ...trpc.org.get.queryOptions(), staleTime: 60_000 });
  const markDisabled = useMarkDisabled();
  const data = query.data;

  return useMemo(
    () => orgNames(data?.users ?? [], data?.departments ?? [], markDisabled),
    [data, markDisabled],
  );
}
