import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Org } from '@baton/schemas';
import { useTRPC } from '../api/trpc.ts';
import { emptyOrg, type OrgInfo } from '../canvas/approver-summary.ts';

/**
 * The organization from `org.get`, as the checker wants it (an `Org`) and as the canvas names
 * people (`OrgInfo`). Both are undefined/empty until it has loaded.
 */
export function useOrgData(): { org: Org | undefined; info: OrgInfo } {
  const trpc = useTRPC();
  const query = useQuery(trpc.org.get.queryOptions());
  const data = query.data;

  return useMemo(() => {
    if (!data) return { org: undefined, info: emptyOrg };
    const users = data.users.map((user) => ({
      id: user.id,
      username: user.username,
      name: user.name,
      departmentId: user.departmentId,
      supervisorId: user.supervisorId,
      roles: user.roles,
      disabled: user.disabled,
      positions: user.positions,
      ...(user.title === null ? {} : { title: user.title }),
      ...(user.email === null ? {} : { email: user.email }),
      ...(user.approvalLimit === null ? {} : { approvalLimit: user.approvalLimit }),
    }));
    const org: Org = {
      schemaVersion: 1,
      name: '',
      departments: data.departments,
      users,
      roles: data.roles,
      positions: data.positions,
      groups: data.groups,
    };
    const info: OrgInfo = {
      roles: data.roles,
      positions: data.positions,
      groups: data.groups,
      departments: data.departments,
      users,
    };

    return { org, info };
  }, [data]);
}
