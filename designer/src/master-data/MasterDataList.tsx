import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { MasterDataKind } from '@baton/schemas';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { useNotifyError } from '../api/use-api-problem.ts';
import { EntryDialog, type EditedEntry } from './EntryDialog.tsx';
import { useMasterDataT } from './i18n.ts';

type Entry = {
  readonly code: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  readonly active: boolean;
};

/** The list shows this many entries at most; a search narrows it. */
const LIST_LIMIT = 200;

/**
 * One master-data list: every entry (inactive ones too) with its code, both names and state;
 * add, rename, deactivate and reactivate. A search matches the code or either name.
 */
export function MasterDataList(props: { readonly kind: MasterDataKind }) {
  const { kind } = props;
  const t = useMasterDataT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<EditedEntry | 'new'>();
  const list = useQuery(
    trpc.masterData.list.queryOptions({
      kind,
      includeInactive: true,
      limit: LIST_LIMIT,
      ...(q === '' ? {} : { q }),
    }),
  );
  const setActive = useMutation(
    trpc.masterData.setActive.mutationOptions({
      onSuccess: async (entry) => {
        await queryClient.invalidateQueries({ queryKey: trpc.masterData.list.pathKey() });
        void message.success(
          t(entry.active ? 'list.reactivated' : 'list.deactivated', { code: entry.code }),
        );
      },
      onError: notifyError,
    }),
  );
  const toggle = (entry: Entry) =>
    setActive.mutate({ kind, code: entry.code, active: !entry.active });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" onClick={() => setEditing('new')}>
          {t(`add.${kind}`)}
        </Button>
        <Input.Search
          aria-label={t('list.search')}
          placeholder={t('list.search')}
          allowClear
          onSearch={(text) => setQ(text.trim())}
          style={{ width: 260 }}
        />
      </Space>
      {list.isError ? (
        <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Entry>
          rowKey="code"
          size="middle"
          loading={list.isPending}
          dataSource={list.data ?? []}
          pagination={false}
          // On a narrow screen the table scrolls sideways inside its box, never the page.
          scroll={{ x: 720 }}
          locale={{ emptyText: t('list.empty') }}
          columns={[
            // A long code is cut with an ellipsis (the whole code in its tooltip) rather than
            // stretching the table.
            {
              key: 'code',
              title: t('columns.code'),
              dataIndex: 'code',
              width: 160,
              ellipsis: true,
            },
            { key: 'zh', title: t('columns.zh'), render: (_, entry) => entry.name['zh-CN'] },
            { key: 'en', title: t('columns.en'), render: (_, entry) => entry.name.en },
            {
              key: 'active',
              title: t('columns.state'),
              render: (_, entry) =>
                entry.active ? (
                  <Tag color="green">{t('list.active')}</Tag>
                ) : (
                  <Tag>{t('list.inactive')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('columns.actions'),
              render: (_, entry) => (
                <Space size="small">
                  <Button
                    size="small"
                    aria-label={t('list.editNamed', { code: entry.code })}
                    onClick={() =>
                      setEditing({
                        code: entry.code,
                        zh: entry.name['zh-CN'],
                        en: entry.name.en,
                        active: entry.active,
                      })
                    }
                  >
                    {t('list.edit')}
                  </Button>
                  <Button
                    size="small"
                    danger={entry.active}
                    aria-label={t(entry.active ? 'list.deactivateNamed' : 'list.reactivateNamed', {
                      code: entry.code,
                    })}
                    loading={setActive.isPending && setActive.variables.code === entry.code}
                    onClick={() => toggle(entry)}
                  >
                    {t(entry.active ? 'list.deactivate' : 'list.reactivate')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing && (
        <EntryDialog
          kind={kind}
          entry={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Space>
  );
}
