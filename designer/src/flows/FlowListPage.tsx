import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { useFormatDateTime } from '../i18n/index.ts';
import { useFlowsT } from './i18n.ts';
import { NewFromTemplateDialog } from './NewFromTemplateDialog.tsx';

/** `/flows`: every flow with its latest version, and "New from template". */
export function FlowListPage() {
  const t = useFlowsT();
  const trpc = useTRPC();
  const formatDateTime = useFormatDateTime();
  const flows = useQuery(trpc.flows.list.queryOptions());
  const [creating, setCreating] = useState(false);

  return (
    <section className="baton-flow-list" aria-labelledby="baton-flow-list-title">
      <Space className="baton-flow-list__header" align="center">
        <Typography.Title level={3} id="baton-flow-list-title">
          {t('list.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('list.newFromTemplate')}
        </Button>
      </Space>
      {flows.isError ? (
        <ApiErrorAlert error={flows.error} onRetry={() => void flows.refetch()} />
      ) : (
        <Table
          rowKey="key"
          loading={flows.isPending}
          dataSource={flows.data ?? []}
          pagination={false}
          locale={{ emptyText: t('list.empty') }}
          columns={[
            {
              key: 'name',
              title: t('list.name'),
              render: (_, flow) => <Link to={`/flows/${flow.key}`}>{flow.name}</Link>,
            },
            { key: 'key', title: t('list.key'), dataIndex: 'key' },
            {
              key: 'latestVersion',
              title: t('list.latestVersion'),
              render: (_, flow) =>
                flow.latestVersion > 0 ? `v${flow.latestVersion}` : t('list.noVersion'),
            },
            {
              key: 'updatedAt',
              title: t('list.updated'),
              render: (_, flow) => formatDateTime(flow.updatedAt),
            },
            {
              key: 'open',
              title: t('list.open'),
              render: (_, flow) => (
                <Link
                  to={`/flows/${flow.key}`}
                  aria-label={t('list.openFlow', { name: flow.name })}
                >
                  {t('list.open')}
                </Link>
              ),
            },
          ]}
        />
      )}
      <NewFromTemplateDialog open={creating} onClose={() => setCreating(false)} />
    </section>
  );
}
