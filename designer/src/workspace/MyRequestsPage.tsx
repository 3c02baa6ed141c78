import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import type { MyRequest } from '../api/types.ts';
import { PageHeader } from '../app/PageHeader.tsx';
import { useFormatDateTime, useFormatList } from '../i18n/index.ts';
import { StatusTag } from './StatusTag.tsx';

/** `/requests`: the requests the user started, newest first, with status and current step. */
export function MyRequestsPage() {
  const { t } = useTranslation('workspace');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const formatTime = useFormatDateTime();
  const formatList = useFormatList();
  const mine = useQuery(trpc.instances.mine.queryOptions());

  const columns: TableColumnsType<MyRequest> = [
    {
      title: t('columns.title'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <Link to={`/requests/${row.id}`} className="baton-table-link">
          {title}
        </Link>
      ),
    },
    { title: t('columns.flow'), dataIndex: 'flowName' },
    {
      title: t('columns.status'),
      dataIndex: 'status',
      render: (_, row) => <StatusTag status={row.status} />,
    },
    {
      title: t('columns.current'),
      dataIndex: 'currentNodes',
      render: (_, row) => (row.currentNodes.length > 0 ? formatList(row.currentNodes) : '—'),
    },
    { title: t('columns.created'), dataIndex: 'createdAt', render: formatTime },
    { title: t('columns.updated'), dataIndex: 'updatedAt', render: formatTime },
  ];

  return (
    <>
      <PageHeader title={t('mine.title')} subtitle={t('mine.subtitle')} />
      {mine.isError && <ApiErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />}
      <Table<MyRequest>
        rowKey="id"
        loading={mine.isPending}
        columns={columns}
        dataSource={mine.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty description={t('mine.empty')}>
              <Button type="primary" onClick={() => void navigate('/start')}>
                {t('mine.startFirst')}
              </Button>
            </Empty>
          ),
        }}
      />
    </>
  );
}
