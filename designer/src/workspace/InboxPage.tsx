import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import type { InboxItem } from '../api/types.ts';
import { PageHeader } from '../app/PageHeader.tsx';
import { useFormatDateTime } from '../i18n/index.ts';
import { BatchApproveButton, BatchResults } from './inbox/BatchApproval.tsx';
import { batchable, type BatchSummary } from './inbox/batch-results.ts';
import './inbox/i18n.ts';

/** The step of an inbox row: its name, "on behalf of" someone, and how the task came. */
function StepCell({ row }: { readonly row: InboxItem }) {
  const { t } = useTranslation('inboxPage');

  return (
    <Flex gap="small" wrap align="center">
      <span>{row.nodeName}</span>
      {row.onBehalfOf && (
        <Typography.Text type="secondary">
          {t('onBehalf', { name: row.onBehalfOf.name })}
        </Typography.Text>
      )}
      {row.originKind && <Tag>{t(`origin.${row.originKind}`, { defaultValue: '' })}</Tag>}
    </Flex>
  );
}

/**
 * `/inbox`: the tasks waiting for the user; a row opens its request. Tasks whose step allows it
 * can be ticked and approved together; the others' boxes are disabled, saying why.
 */
export function InboxPage() {
  const { t } = useTranslation('workspace');
  const { t: ti } = useTranslation('inboxPage');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const formatTime = useFormatDateTime();
  const inbox = useQuery(trpc.tasks.inbox.queryOptions());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [summary, setSummary] = useState<BatchSummary | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const items = inbox.data ?? [];
  const chosen = batchable(items, selected);

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
    { title: t('columns.step'), key: 'step', render: (_, row) => <StepCell row={row} /> },
    { title: t('columns.initiator'), key: 'initiator', render: (_, row) => row.initiator.name },
    { title: t('columns.received'), dataIndex: 'createdAt', render: formatTime },
  ];

  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        subtitle={t('inbox.subtitle')}
        extra={
          <BatchApproveButton
            items={chosen}
            onDone={(result) => {
              setFailure(null);
              setSummary(result);
              setSelected(new Set());
            }}
            onFailed={(error) => {
              setSummary(null);
              setFailure(error);
            }}
          />
        }
      />
      {inbox.isError && <ApiErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />}
      <div className="baton-gap-bottom">
        <BatchResults
          summary={summary}
          error={failure}
          onClose={() => {
            setSummary(null);
            setFailure(null);
          }}
        />
      </div>
      <Table<InboxItem>
        rowKey="id"
        loading={inbox.isPending}
        columns={columns}
        dataSource={items}
        rowSelection={{
          selectedRowKeys: [...selected],
          onChange: (keys) => setSelected(new Set(keys.map(String))),
          getTitleCheckboxProps: () => ({ 'aria-label': ti('batch.selectAll') }),
          getCheckboxProps: (row) => ({
            disabled: !row.batchApprove,
            'aria-label': row.batchApprove
              ? ti('batch.select', { title: row.title })
              : `${row.title}: ${ti('batch.notAllowed')}`,
          }),
          // A tick is not a click on the row, which opens the request.
          renderCell: (_checked, row, _index, node) => (
            <span onClick={(event) => event.stopPropagation()}>
              {row.batchApprove ? node : <Tooltip title={ti('batch.notAllowed')}>{node}</Tooltip>}
            </span>
          ),
        }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        rowClassName={() => 'baton-clickable-row'}
        onRow={(row) => ({ onClick: () => void navigate(`/requests/${row.instanceId}`) })}
        locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
      />
    </>
  );
}
