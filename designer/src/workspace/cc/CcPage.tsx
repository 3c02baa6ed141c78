import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiErrorAlert } from '../../api/ApiErrorAlert.tsx';
import { useNotifyError } from '../../api/use-api-problem.ts';
import { useTRPC } from '../../api/trpc.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useFormatDateTime } from '../../i18n/index.ts';
import '../inbox/i18n.ts';
import './cc.css';
import { ccSender, type CcItem } from './cc-entries.ts';

/** Marks copies read, then refreshes the list and the nav badge. */
function useMarkRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotifyError();

  return useMutation(
    trpc.cc.markRead.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.cc.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.cc.unreadCount.queryKey() }),
        ]);
      },
      onError: notify,
    }),
  );
}

/**
 * `/cc`: requests others copied the user on (抄送我的), unread ones marked. Opening one marks it
 * read; "mark all read" clears the badge.
 */
export function CcPage() {
  const { t } = useTranslation('inboxPage');
  const { t: tw } = useTranslation('workspace');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const formatTime = useFormatDateTime();
  const list = useQuery(trpc.cc.list.queryOptions());
  const markRead = useMarkRead();
  const open = (row: CcItem) => {
    if (row.readAt === null) markRead.mutate({ ids: [row.id] });
    void navigate(`/requests/${row.instanceId}`);
  };
  const unread = (list.data ?? []).some((row) => row.readAt === null);

  const columns: TableColumnsType<CcItem> = [
    {
      title: tw('columns.title'),
      dataIndex: 'title',
      render: (title: string, row) => (
        <a
          href={`/requests/${row.instanceId}`}
          className="baton-table-link"
          onClick={(event) => {
            event.preventDefault();
            event.stopPropagation();
            open(row);
          }}
        >
          {row.readAt === null ? <strong>{title}</strong> : title}
        </a>
      ),
    },
    {
      title: t('cc.state'),
      key: 'state',
      render: (_, row) =>
        row.readAt === null ? <Tag color="blue">{t('cc.unread')}</Tag> : <Tag>{t('cc.read')}</Tag>,
    },
    { title: tw('columns.flow'), dataIndex: 'flowName' },
    { title: t('cc.by'), key: 'by', render: (_, row) => ccSender(row, t) },
    {
      title: t('cc.note'),
      dataIndex: 'comment',
      render: (comment: string | null) => comment && <Typography.Text>{comment}</Typography.Text>,
    },
    { title: t('cc.received'), dataIndex: 'createdAt', render: formatTime },
  ];

  return (
    <>
      <PageHeader
        title={t('cc.title')}
        subtitle={t('cc.subtitle')}
        extra={
          <Button
            disabled={!unread}
            loading={markRead.isPending}
            onClick={() =>
              markRead.mutate(
                { all: true },
                { onSuccess: () => void message.success(t('cc.markedAll')) },
              )
            }
          >
            {t('cc.markAll')}
          </Button>
        }
      />
      {list.isError && <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<CcItem>
        rowKey="id"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        rowClassName={(row) =>
          row.readAt === null ? 'baton-clickable-row baton-unread-row' : 'baton-clickable-row'
        }
        onRow={(row) => ({ onClick: () => open(row) })}
        locale={{ emptyText: <Empty description={t('cc.empty')} /> }}
      />
    </>
  );
}
