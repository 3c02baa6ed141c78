import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { defaultFormValues, type FlowBundle } from '@baton/schemas';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC, useTRPCClient } from '../api/trpc.ts';
import type { FlowSample } from '../api/types.ts';
import { useCurrentUser } from '../auth/session.ts';
import { localToday } from '../forms/index.ts';
import '../preview/i18n.ts';
import './flow-test.css';
import { useFlowTestT } from './i18n.ts';
import { SampleEditor, type SampleDraft } from './SampleEditor.tsx';
import { SampleResults, type SampleRun, type Settled } from './SampleResults.tsx';

export type TestTabProps = {
  readonly flowKey: string;
  /** The bundle being edited (names, form); previews run on the saved draft. */
  readonly bundle: FlowBundle;
  readonly dirty: boolean;
  readonly onSaveDraft: () => void;
  /** 0 while nothing is published. */
  readonly latestVersion: number;
};

/** Runs every sample on the saved draft and, when there is one, the published version. */
function useRunSamples(flowKey: string, latestVersion: number) {
  const client = useTRPCClient();
  const preview = async (sample: FlowSample, source: 'draft' | 'published'): Promise<Settled> => {
    try {
      const result = await client.flows.preview.mutate({
        key: flowKey,
        source,
        initiatorId: sample.initiatorId,
        values: sample.values,
        picks: sample.picks,
      });

      return { ok: true, preview: result };
    } catch (error) {
      return { ok: false, error };
    }
  };

  return useMutation({
    mutationFn: async (samples: readonly FlowSample[]): Promise<SampleRun[]> => {
      const runs: SampleRun[] = [];
      // One after another: the server shares a small machine with everything else.
      for (const sample of samples) {
        const draft = await preview(sample, 'draft');
        const published = latestVersion > 0 ? await preview(sample, 'published') : undefined;
        runs.push({ sample, draft, published });
      }

      return runs;
    },
  });
}

/**
 * The Test tab: sample requests of the flow (initiator, form values, picks), and a run that
 * previews each on the saved draft and the published version, with what changed between them.
 */
export default function TestTab(props: TestTabProps) {
  const { flowKey, bundle, latestVersion } = props;
  const t = useFlowTestT();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const samples = useQuery(trpc.flows.listSamples.queryOptions({ key: flowKey }));
  const [editing, setEditing] = useState<{ key: string; sample: SampleDraft }>();
  const run = useRunSamples(flowKey, latestVersion);
  const list = samples.data ?? [];
  const startNew = () =>
    setEditing({
      key: `new-${Date.now()}`,
      sample: {
        name: t('newName', { index: list.length + 1 }),
        initiatorId: user.id,
        values: defaultFormValues(bundle.form, localToday()),
        picks: {},
      },
    });

  return (
    <div className="baton-test-tab">
      <section className="baton-test-tab__samples" aria-labelledby="baton-samples-title">
        <Typography.Title level={5} id="baton-samples-title">
          {t('samples')}
        </Typography.Title>
        {samples.isPending && <Spin />}
        {samples.isError && <ApiErrorAlert error={samples.error} />}
        {samples.isSuccess && list.length === 0 && <Empty description={t('empty')} />}
        <ul className="baton-test-tab__list">
          {list.map((sample) => (
            <li key={sample.id}>
              <Button
                type={editing?.sample.id === sample.id ? 'primary' : 'default'}
                aria-label={t('select', { name: sample.name })}
                onClick={() => setEditing({ key: sample.id, sample })}
              >
                {sample.name}
              </Button>
            </li>
          ))}
        </ul>
        <Button onClick={startNew}>{t('newSample')}</Button>
        {editing && (
          <SampleEditor
            key={editing.key}
            flowKey={flowKey}
            bundle={bundle}
            sample={editing.sample}
            onSaved={(saved) => setEditing({ key: saved.id, sample: saved })}
            onRemoved={() => setEditing(undefined)}
          />
        )}
      </section>
      <section className="baton-test-tab__results" aria-labelledby="baton-results-title">
        <Typography.Title level={5} id="baton-results-title">
          {t('results')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('runHint')}</Typography.Paragraph>
        {props.dirty && (
          <Alert
            type="warning"
            showIcon
            title={t('unsaved')}
            action={
              <Button size="small" onClick={props.onSaveDraft}>
                {t('saveDraft')}
              </Button>
            }
          />
        )}
        <Space className="baton-gap-bottom">
          <Button
            type="primary"
            disabled={list.length === 0}
            loading={run.isPending}
            onClick={() => run.mutate(list)}
          >
            {t('run')}
          </Button>
        </Space>
        {run.data && (
          <SampleResults
            flowKey={flowKey}
            bundle={bundle}
            latestVersion={latestVersion}
            runs={run.data}
          />
        )}
      </section>
    </div>
  );
}
