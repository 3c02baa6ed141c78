import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useTRPC } from '../api/trpc.ts';
import { useNotifyError } from '../api/use-api-problem.ts';
import { useFormatDateTime, useFormatList } from '../i18n/index.ts';
import { delegationStatus, type DelegationStatus } from './delegation-draft.ts';
import { useDelegationT } from './i18n.ts';

type Api = ReturnType<typeof useTRPC>;
export type DelegationRow = inferOutput<Api['delegations']['mine']>[number];

const STATUS_COLOURS: Readonly<Record<DelegationStatus, string>> = {
  active: 'green',
  upcoming: 'blue',
  ended: 'default',
  revoked: 'default',
};

/**
 * Delegations as a table: who (with `showUser`), delegate, window, flows, cap, status, and a
 * Revoke button while one still applies or is to come.
 */
export function DelegationList(props: {
  readonly rows: readonly DelegationRow[];
  readonly showUser: boolean;
  /** Names of flows by key, for the flows column. */
  readonly flowName: (key: string) => string;
  readonly onChanged: () => void;
}) {
  const t = useDelegationT();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const formatDateTime = useFormatDateTime();
  const formatList = useFormatList();
  const revoke = useMutation(
    trpc.delegations.revoke.mutationOptions({
      onSuccess: () => {
        void message.success(t('list.revoked'));
        props.onChanged();
      },
      onError: notifyError,
    }),
  );
  const now = new Date();
  const columns = [
    ...(props.showUser
      ? [{ key: 'user', title: t('list.user'), render: (row: DelegationRow) => row.user.name }]
      : []),
    {
      key: 'delegate',
      title: t('list.delegate'),
      render: (row: DelegationRow) => row.delegate.name,
    },
    {
      key: 'window',
      title: t('list.window'),
      render: (row: DelegationRow) =>
        t('list.windowText', {
          from: formatDateTime(row.startsAt),
          to: formatDateTime(row.endsAt),
        }),
    },
    {
      key: 'flows',
      title: t('list.flows'),
      render: (row: DelegationRow) =>
        row.flowKeys === null ? t('list.allFlows') : formatList(row.flowKeys.map(props.flowName)),
    },
    {
      key: 'cap',
      title: t('list.amountCap'),
      render: (row: DelegationRow) => row.amountCap ?? t('list.noCap'),
    },
    { key: 'reason', title: t('list.reason'), render: (row: DelegationRow) => row.reason ?? '' },
    {
      key: 'status',
      title: t('list.status'),
      render: (row: DelegationRow) => {
        const status = delegationStatus(row, now);

        return <Tag color={STATUS_COLOURS[status]}>{t(`list.statuses.${status}`)}</Tag>;
      },
    },
    {
      key: 'actions',
      title: '',
      render: (row: DelegationRow) =>
        ['active', 'upcoming'].includes(delegationStatus(row, now)) && (
          <Popconfirm
            title={t('list.revokeConfirm')}
            okText={t('list.revoke')}
            onConfirm={() => revoke.mutate({ id: row.id })}
          >
            <Button
              size="small"
              danger
              aria-label={t('list.revokeLabel', { name: row.delegate.name })}
            >
              {t('list.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Table<DelegationRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...props.rows]}
      columns={columns}
      locale={{ emptyText: t('list.empty') }}
    />
  );
}
