import { useQuery } from '@tanstack/react-query';
import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import type { InboxItem } from '../api/types.ts';
import { PageHeader } from '../app/PageHeader.tsx';
import { useFormatDateTime } from '../i18n/index.ts';

/** `/inbox`: the tasks waiting for the user; a row opens its request. */
export function InboxPage() {
  const { t } = useTranslation('workspace');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const formatTime = useFormatDateTime();
  const inbox = useQuery(trpc.tasks.inbox.queryOptions());

  const columns: TableColumnsType<InboxItem> = [
    {
      title: t('columns.title'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <Link to={`/requests/${row.instanceId}`} className="baton-table-link">
          {title}
        </Link>
      ),
    },
    { title: t('columns.flow'), dataIndex: 'flowName' },
    { title: t('columns.step'), dataIndex: 'nodeName' },
    { title: t('columns.initiator'), key: 'initiator', render: (_, row) => row.initiator.name },
    { title: t('columns.received'), dataIndex: 'createdAt', render: formatTime },
  ];

  return (
    <>
      <PageHeader title={t('inbox.title')} subtitle={t('inbox.subtitle')} />
      {inbox.isError && <ApiErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />}
      <Table<InboxItem>
        rowKey="id"
        loading={inbox.isPending}
        columns={columns}
        dataSource={inbox.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        rowClassName={() => 'baton-clickable-row'}
        onRow={(row) => ({ onClick: () => void navigate(`/requests/${row.instanceId}`) })}
        locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
      />
    </>
  );
}
