import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Empty, Popconfirm, Spin, Tag, Typography } from 'antd';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { useNotifyError } from '../api/use-api-problem.ts';
import { useFormatDateTime } from '../i18n/index.ts';
import { useFlowsT } from './i18n.ts';

const HASH_PREFIX = 12;

/**
 * Published versions, newest first: number, when, by whom, hash prefix, and where a rollback
 * came from. Each version can be published again as a new version after a confirmation.
 */
export function VersionsTab(props: { readonly flowKey: string; readonly onChanged: () => void }) {
  const t = useFlowsT();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const formatDateTime = useFormatDateTime();
  const versions = useQuery(trpc.flows.versions.queryOptions({ key: props.flowKey }));
  const rollback = useMutation(trpc.flows.rollback.mutationOptions());

  const rollBackTo = async (version: number) => {
    try {
      const result = await rollback.mutateAsync({ key: props.flowKey, version });
      void message.success(t('versions.rolledBack', { from: version, version: result.version }));
      await versions.refetch();
      props.onChanged();
    } catch (error) {
      notifyError(error);
    }
  };

  if (versions.isPending) return <Spin />;
  if (versions.isError)
    return <ApiErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />;
  if (versions.data.length === 0) return <Empty description={t('versions.empty')} />;
  const latest = versions.data[0]?.version;

  return (
    <ol className="baton-versions" aria-label={t('versions.title')}>
      {versions.data.map((entry) => (
        <li key={entry.version} className="baton-versions__item">
          <div className="baton-versions__head">
            <Typography.Text strong className="baton-versions__number">
              {t('versions.version', { version: entry.version })}
            </Typography.Text>
            {entry.version === latest && <Tag color="blue">{t('versions.current')}</Tag>}
            {entry.sourceVersion !== null && (
              <Tag>{t('versions.rolledBackFrom', { version: entry.sourceVersion })}</Tag>
            )}
          </div>
          <div className="baton-versions__meta">
            <span>{t('versions.publishedAt', { at: formatDateTime(entry.publishedAt) })}</span>
            {entry.publishedBy && (
              <span>{t('versions.publishedBy', { name: entry.publishedBy.name })}</span>
            )}
            <span>
              {t('versions.hash')}{' '}
              <Typography.Text code>{entry.hash.slice(0, HASH_PREFIX)}</Typography.Text>
            </span>
          </div>
          <Popconfirm
            title={t('versions.rollbackConfirm', { version: entry.version })}
            okText={t('versions.rollbackOk')}
            cancelText={t('versions.cancel')}
            onConfirm={() => rollBackTo(entry.version)}
          >
            <Button
              size="small"
              disabled={entry.version === latest}
              loading={rollback.isPending && rollback.variables?.version === entry.version}
            >
              {t('versions.rollback', { version: entry.version })}
            </Button>
          </Popconfirm>
        </li>
      ))}
    </ol>
  );
}
