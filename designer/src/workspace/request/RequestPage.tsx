import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Result, Row, Space, Tag } from 'antd';
import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApiProblem } from '../../api/use-api-problem.ts';
import { useCurrentUser } from '../../auth/session.ts';
import { useTRPC } from '../../api/trpc.ts';
import type { InstanceView } from '../../api/types.ts';
import { FullPageLoading } from '../../app/FullPageLoading.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useOrgData } from '../../flows/org-data.ts';
import { FormRenderer } from '../../forms/index.ts';
import { useLocale } from '../../i18n/index.ts';
import { LazyFlowDiagram } from '../lazy-diagram.ts';
import { StatusTag } from '../StatusTag.tsx';
import { requestActions } from './actions/action-availability.ts';
import { HeaderActions, hasHeaderActions } from './actions/HeaderActions.tsx';
import { PendingNotices } from './actions/PendingNotices.tsx';
import { TaskActionBar } from './actions/TaskActionBar.tsx';
import { decisionSettings } from './decision-settings.ts';
import { DecisionPanel } from './DecisionPanel.tsx';
import './i18n.ts';
import { roundProgress } from './request-progress.ts';
import { RequestSummary } from './RequestSummary.tsx';
import { RequestTimeline } from './RequestTimeline.tsx';
import { ResubmitPanel } from './ResubmitPanel.tsx';
import { useApproverEdits } from './use-approver-edits.ts';
import { ApproverEditCard } from './ApproverEditCard.tsx';
import { describeStepCount } from './step-count-words.ts';
import { activeStepCounts } from './step-counts.ts';

/** `/requests/:id`: the request's values, progress on the diagram, history and actions. */
export function RequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const toProblem = useApiProblem();
  const request = useQuery(trpc.instances.get.queryOptions({ id }));

  if (request.isPending) return <FullPageLoading inline />;
  if (request.isError) {
    const problem = toProblem(request.error);

    return (
      <Result
        status={problem.status === 404 || problem.status === 403 ? '404' : 'error'}
        title={t('errors.loadFailed')}
        subTitle={problem.message}
        extra={
          <Space>
            <Button onClick={() => void request.refetch()}>{t('actions.retry')}</Button>
            <Button type="primary" onClick={() => void navigate('/')}>
              {t('actions.backHome')}
            </Button>
          </Space>
        }
      />
    );
  }

  return <RequestView request={request.data} />;
}

/** Where each step with several people stands, in words, by node id. */
function useStepCounts(request: InstanceView) {
  const { t } = useTranslation('requestPage');
  const locale = useLocale();

  return useMemo(
    () =>
      activeStepCounts(request).map((count) => ({
        key: count.stepId,
        nodeId: count.nodeId,
        text: describeStepCount(count, t, locale),
      })),
    [request, t, locale],
  );
}

function RequestView({ request }: { readonly request: InstanceView }) {
  const { t } = useTranslation('workspace');
  const myTask = request.tasks.find((task) => task.id === request.myOpenTaskId);
  const progress = useMemo(() => roundProgress(request), [request]);
  const counts = useStepCounts(request);
  // Role and user names on the diagram's step cards.
  const { info: org } = useOrgData();
  const user = useCurrentUser();
  const actions = useMemo(() => requestActions(request, user), [request, user]);
  const approver = useApproverEdits(request);
  const navigate = useNavigate();
  const { t: tf } = useTranslation('forms');

  return (
    <>
      <PageHeader
        title={request.title}
        tags={
          <>
            <StatusTag status={request.status} />
            <Tag>{t('request.flowVersion', { version: request.flowVersion })}</Tag>
          </>
        }
        extra={
          <>
            {hasHeaderActions(request, actions) && (
              <HeaderActions request={request} actions={actions} />
            )}
            <Button
              onClick={() => void navigate(`/requests/${encodeURIComponent(request.id)}/print`)}
            >
              {tf('print.open')}
            </Button>
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <RequestSummary request={request} counts={counts} />
            <PendingNotices instanceId={request.id} actions={actions} />
            {myTask && (
              <DecisionPanel
                instanceId={request.id}
                taskId={myTask.id}
                stepName={myTask.nodeName}
                progress={counts.find((count) => count.nodeId === myTask.nodeId)?.text}
                {...decisionSettings(request, myTask)}
                onBehalfOf={myTask.onBehalfOf?.name}
                edits={approver.edits}
                extra={
                  actions.task && (
                    <TaskActionBar
                      instanceId={request.id}
                      selfId={user.id}
                      actions={actions.task}
                      canCopy={actions.cc}
                      disabled={false}
                    />
                  )
                }
              />
            )}
            {request.canResubmit && <ResubmitPanel key={request.updatedAt} request={request} />}
            {!request.canResubmit && approver.edits && (
              <ApproverEditCard
                request={request}
                editor={approver.editor}
                issues={approver.issues}
              />
            )}
            {!request.canResubmit && !approver.edits && (
              <Card title={t('request.form')}>
                <FormRenderer form={request.form} values={request.values} readOnly />
              </Card>
            )}
            <Card title={t('request.diagram')}>
              <Suspense fallback={<FullPageLoading inline />}>
                <LazyFlowDiagram
                  flow={request.flow}
                  layout={request.layout}
                  org={org}
                  trail={progress.trail}
                  {...(progress.round === undefined ? {} : { round: progress.round })}
                  activeNodeIds={progress.activeNodeIds}
                  rejectedNodeIds={progress.rejectedNodeIds}
                />
              </Suspense>
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('request.timeline')}>
            <RequestTimeline request={request} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
