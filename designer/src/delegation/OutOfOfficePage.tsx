import { useQuery } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { hasAnyRole, ORG_ADMIN_ROLES } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.ts';
import { Choice } from '../canvas/panel/choices.tsx';
import { usePeopleOptions } from '../canvas/panel/RuleFields.tsx';
import { useOrgData } from '../flows/org-data.ts';
import { DelegationForm } from './DelegationForm.tsx';
import { DelegationList } from './DelegationList.tsx';
import { useDelegationT } from './i18n.ts';

/**
 * `/me/out-of-office` (everyone): my delegations, a form to add one, Revoke. With
 * `scope="all"` (`/admin/delegations`, admins) everyone's, and the form asks who is away.
 */
export function OutOfOfficePage(props: { readonly scope?: 'mine' | 'all' }) {
  const all = props.scope === 'all';
  const t = useDelegationT();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const admin = hasAnyRole(user, ORG_ADMIN_ROLES);
  const [person, setPerson] = useState<string | undefined>();
  const people = usePeopleOptions(useOrgData().info);
  const list = useQuery(
    all
      ? trpc.delegations.all.queryOptions(person === undefined ? {} : { userId: person })
      : trpc.delegations.mine.queryOptions(),
  );
  const flows = useQuery(trpc.instances.startable.queryOptions());
  const flowName = (key: string) => flows.data?.find((flow) => flow.flowKey === key)?.name ?? key;
  const switchLink = admin && (
    <Link to={all ? '/me/out-of-office' : '/admin/delegations'}>
      {t(all ? 'showMine' : 'showAll')}
    </Link>
  );

  return (
    <>
      <PageHeader
        title={t(all ? 'titleAll' : 'title')}
        subtitle={t(all ? 'subtitleAll' : 'subtitle')}
        extra={switchLink}
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <DelegationForm forOthers={all} onSaved={() => void list.refetch()} />
        <section aria-labelledby="delegation-list-title">
          <Typography.Title level={5} id="delegation-list-title">
            {t('list.title')}
          </Typography.Title>
          {all && (
            <Space wrap align="end">
              <Choice
                id="delegation-filter"
                label={t('filterPerson')}
                value={person}
                options={people(person === undefined ? [] : [person])}
                onChange={setPerson}
              />
              {person !== undefined && (
                <Button onClick={() => setPerson(undefined)}>{t('filterEveryone')}</Button>
              )}
            </Space>
          )}
          {list.isPending && <FullPageLoading inline />}
          {list.isError && <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
          {list.isSuccess && (
            <DelegationList
              rows={list.data}
              showUser={all}
              flowName={flowName}
              onChanged={() => void list.refetch()}
            />
          )}
        </section>
      </Space>
    </>
  );
}

export default OutOfOfficePage;
