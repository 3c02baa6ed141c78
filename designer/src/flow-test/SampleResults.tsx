import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Typography } from 'antd';
import { getNodeKind, type FlowBundle } from '@baton/schemas';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import type { FlowSample, RoutePreview } from '../api/types.ts';
import { useOrgNames } from '../forms/org/use-org-names.ts';
import { useLocale, useText } from '../i18n/index.ts';
import { usePreviewT } from '../preview/i18n.ts';
import { diffRoutes } from '../preview/route-diff.ts';
import { RoutePreviewView } from '../preview/RoutePreviewView.tsx';
import { describeDiff, type DiffNames } from './diff-words.ts';
import { useFlowTestT } from './i18n.ts';

/** A preview that came back, or why it did not. */
export type Settled = { ok: true; preview: RoutePreview } | { ok: false; error: unknown };

/** One sample run on the draft and (when there is one) the published version. */
export type SampleRun = {
  readonly sample: FlowSample;
  readonly draft: Settled;
  readonly published: Settled | undefined;
};

/** Names of steps, edges and people for the diff, from the draft and the published bundle. */
function useDiffNames(draft: FlowBundle, published: FlowBundle | undefined) {
  const text = useText();
  const locale = useLocale();
  const tp = usePreviewT();
  const org = useOrgNames();
  const bundles = published ? [draft, published] : [draft];
  const node = (id: string) =>
    bundles.map((bundle) => bundle.flow.nodes.find((item) => item.id === id)).find(Boolean);
  const edgeOf = (id: string) =>
    bundles.map((bundle) => bundle.flow.edges.find((item) => item.id === id)).find(Boolean);
  const step = (id: string) => {
    const found = node(id);

    return found ? text(found.name) : id;
  };
  const names: DiffNames = {
    step,
    edge: (id) => {
      const edge = edgeOf(id);
      if (!edge) return id;

      return edge.label ? text(edge.label) : `${step(edge.source)} → ${step(edge.target)}`;
    },
    people: (ids) => ids.map(org.userName).join(locale === 'en' ? ', ' : '、'),
    stepOutcome: (outcome) => tp(`route.stepOutcomes.${outcome}`),
    outcome: (outcome) => tp(`route.outcomes.${outcome}`),
  };
  const isBranchEdge = (id: string) => {
    const edge = edgeOf(id);
    const source = edge && node(edge.source);

    return source ? getNodeKind(source.type)?.capabilities.exclusiveBranch === true : false;
  };

  return { names, isBranchEdge, userName: org.userName };
}

/** The nodes a route passes, by name: "提交报销 → 部门负责人审批 → 结束". */
function PathLine(props: {
  readonly preview: RoutePreview;
  readonly step: (id: string) => string;
}) {
  const t = useFlowTestT();
  const path = props.preview.nodeIds.map(props.step).join(' → ');

  return (
    <Typography.Paragraph type="secondary" className="baton-route__path">
      {t('path', { path })}
    </Typography.Paragraph>
  );
}

function RunCard(props: {
  readonly run: SampleRun;
  readonly latestVersion: number;
  readonly context: ReturnType<typeof useDiffNames>;
}) {
  const { run, latestVersion, context } = props;
  const t = useFlowTestT();
  const { draft, published } = run;
  const sentences =
    draft.ok && published?.ok
      ? describeDiff(diffRoutes(draft.preview, published.preview, context), t, context.names)
      : undefined;

  return (
    <Card size="small" title={t('resultOf', { name: run.sample.name })}>
      {!draft.ok && <ApiErrorAlert error={draft.error} />}
      {sentences && (
        <section aria-label={t('changes')} className="baton-gap-bottom">
          <Typography.Text strong>{t('changes')}</Typography.Text>
          {sentences.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('noChanges')}</Typography.Paragraph>
          ) : (
            <ul>
              {sentences.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <Row gutter={16}>
        <Col xs={24} xxl={12}>
          <Typography.Title level={5}>{t('draft')}</Typography.Title>
          {draft.ok && <PathLine preview={draft.preview} step={context.names.step} />}
          {draft.ok && (
            <RoutePreviewView
              preview={draft.preview}
              userName={context.userName}
              label={t('draftPath')}
              audience="designer"
            />
          )}
        </Col>
        <Col xs={24} xxl={12}>
          <Typography.Title level={5}>
            {published ? t('published', { version: latestVersion }) : t('notPublished')}
          </Typography.Title>
          {published && !published.ok && <ApiErrorAlert error={published.error} />}
          {published?.ok && <PathLine preview={published.preview} step={context.names.step} />}
          {published?.ok && (
            <RoutePreviewView
              preview={published.preview}
              userName={context.userName}
              label={t('publishedPath')}
              audience="designer"
            />
          )}
        </Col>
      </Row>
    </Card>
  );
}

/** The results of the last run: per sample, what changed and both routes with reasons. */
export function SampleResults(props: {
  readonly flowKey: string;
  readonly bundle: FlowBundle;
  readonly latestVersion: number;
  readonly runs: readonly SampleRun[];
}) {
  const trpc = useTRPC();
  const published = useQuery({
    ...trpc.flows.version.queryOptions({ key: props.flowKey, version: props.latestVersion }),
    enabled: props.latestVersion > 0,
  });
  const context = useDiffNames(props.bundle, published.data?.bundle);

  return props.runs.map((run) => (
    <RunCard key={run.sample.id} run={run} latestVersion={props.latestVersion} context={context} />
  ));
}
