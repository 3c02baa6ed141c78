import { useQuery } from '@tanstack/react-query';
import { Card, Form, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { Choice } from '../canvas/panel/choices.tsx';
import { useMarkDisabled } from '../forms/org/use-org-names.ts';
import { userOption } from '../forms/org/user-options.ts';
import { useOrgData } from '../flows/org-data.ts';
import { HandoverForm } from './HandoverForm.tsx';
import { useAdminWorkT } from './i18n.ts';

/**
 * `/admin/handover` (admins): pick a person (disabled ones too: they are the ones leaving), see
 * their open tasks and the flows that name them, choose a successor, tick, give a reason, apply.
 */
export function HandoverPage() {
  const t = useAdminWorkT();
  const trpc = useTRPC();
  const { info } = useOrgData();
  const markDisabled = useMarkDisabled();
  const [fromUserId, setFromUserId] = useState<string>();
  const view = useQuery({
    ...trpc.admin.handover.queryOptions({ userId: fromUserId ?? '' }),
    enabled: fromUserId !== undefined,
  });
  const departmentName = (id: string) => info.departments.find((item) => item.id === id)?.name;
  const everyone = info.users.map((user) =>
    userOption(user.id, user, { departmentName, markDisabled }),
  );

  return (
    <>
      <PageHeader title={t('handover.title')} subtitle={t('handover.subtitle')} />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card size="small">
          <Form layout="vertical" component="div" style={{ maxWidth: 480 }}>
            <Choice
              id="handover-from"
              label={t('handover.from')}
              value={fromUserId}
              options={everyone}
              onChange={setFromUserId}
            />
          </Form>
        </Card>
        {fromUserId === undefined && (
          <Typography.Paragraph type="secondary">{t('handover.pickFirst')}</Typography.Paragraph>
        )}
        {fromUserId !== undefined && view.isPending && <FullPageLoading inline />}
        {view.isError && <ApiErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
        {fromUserId !== undefined && view.isSuccess && (
          <HandoverForm
            key={fromUserId}
            fromUserId={fromUserId}
            view={view.data}
            org={info}
            onApplied={() => void view.refetch()}
          />
        )}
      </Space>
    </>
  );
}

export default HandoverPage;
