import { useQuery } from '@tanstack/react-query';
import { Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import '../canvas/canvas.css';
import './flows.css';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { FlowEditor } from './FlowEditor.tsx';
import { useFlowsT } from './i18n.ts';
import { useOrgData } from './org-data.ts';

/**
 * `/flows/:key`: loads the draft and the organization, then opens the editor. The editor is
 * keyed by the flow, so opening another flow starts a fresh history.
 */
export default function FlowEditorPage({ flowKey }: { readonly flowKey: string }) {
  const t = useFlowsT();
  const trpc = useTRPC();
  const flow = useQuery({
    ...trpc.flows.get.queryOptions({ key: flowKey }),
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const { org, info } = useOrgData();

  if (flow.isPending) return <Spin tip={t('editor.loading')} />;
  if (flow.isError)
    return (
      <ApiErrorAlert
        error={flow.error}
        title={t('errors.loadFailed')}
        onRetry={() => void flow.refetch()}
      />
    );

  return (
    <div className="baton-flow-page">
      <header className="baton-flow-page__header">
        <Link to="/flows">{t('editor.back')}</Link>
        <Typography.Title level={3}>{flow.data.name}</Typography.Title>
        <Typography.Text type="secondary">
          {flow.data.latestVersion > 0
            ? t('editor.latest', { version: flow.data.latestVersion })
            : t('editor.noVersion')}
        </Typography.Text>
      </header>
      <FlowEditor
        key={flowKey}
        flowKey={flowKey}
        initial={flow.data.bundle}
        draftRevision={flow.data.draftRevision}
        latestVersion={flow.data.latestVersion}
        org={org}
        orgInfo={info}
      />
    </div>
  );
}
