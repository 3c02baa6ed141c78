import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Collapse, Flex, Grid, Result, Row, Space, Tag } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { defaultFormValues, type FormValues } from '@baton/schemas';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { apiErrorCode } from '../api/errors.ts';
import { newIdempotencyKey } from '../api/idempotency.ts';
import { useTRPC } from '../api/trpc.ts';
import type { StartForm } from '../api/types.ts';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { useOrgData } from '../flows/org-data.ts';
import { FormRenderer, localToday, useDescribeFormPath, useFormEditor } from '../forms/index.ts';
import { ApprovalPreview } from '../preview/ApprovalPreview.tsx';
import { SubmitNotices } from '../preview/SubmitNotices.tsx';
import { useSubmissionPicks } from '../preview/use-submission-picks.ts';
import { LazyFlowDiagram } from './lazy-diagram.ts';
import { IssueSummary } from './IssueSummary.tsx';
import { useShowServerIssues } from './use-submit-issues.ts';

/** `/start/:flowKey`: the flow's generated form; submitting opens the new request's page. */
export function StartFormPage() {
  const { flowKey = '' } = useParams();
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const form = useQuery(trpc.instances.form.queryOptions({ flowKey }));
  const [carried, setCarried] = useState<FormValues>();

  if (form.isPending) return <FullPageLoading inline />;
  if (form.isError) {
    return (
      <Result
        status="warning"
        title={t('errors.loadFailed')}
        extra={
          <Space orientation="vertical">
            <ApiErrorAlert error={form.error} />
            <Button onClick={() => void navigate('/start')}>{t('actions.back')}</Button>
          </Space>
        }
      />
    );
  }

  return (
    <StartFormView
      key={`${form.data.flowKey}@${form.data.version}`}
      data={form.data}
      carried={carried}
      onNewVersion={(values) => {
        setCarried(values);
        void form.refetch();
      }}
    />
  );
}

/** The values typed on an older version that still have a field of the same key and type. */
function carriedOver(form: StartForm['form'], carried: FormValues | undefined): FormValues {
  if (!carried) return {};
  const kept: FormValues = {};
  for (const field of form.fields) {
    if (Object.hasOwn(carried, field.key)) kept[field.key] = carried[field.key];
  }

  return kept;
}

function StartFormView({
  data,
  carried,
  onNewVersion,
}: {
  readonly data: StartForm;
  /** What the user typed on the version this page showed before a newer one was published. */
  readonly carried: FormValues | undefined;
  readonly onNewVersion: (values: FormValues) => void;
}) {
  const { t } = useTranslation('workspace');
  // Role and user names on the diagram's step cards.
  const { info: org } = useOrgData();
  const { t: tc } = useTranslation('common');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const editor = useFormEditor(
    data.form,
    () => ({
      ...defaultFormValues(data.form, localToday()),
      ...carriedOver(data.form, carried),
    }),
    undefined,
    data.editableFields,
  );
  const describePath = useDescribeFormPath(data.form);
  const showServerIssues = useShowServerIssues(editor);
  // Refused submits so far: each one brings the first failed input into view.
  const [refusals, setRefusals] = useState(0);
  const submission = useSubmissionPicks();
  const uploadTarget = useMemo(() => ({ flowKey: data.flowKey }), [data.flowKey]);
  // Side by side on wide screens; on narrow ones the preview (and any picker in it) comes
  // before the Submit button, in reading and tab order.
  const wide = Grid.useBreakpoint().xl === true;
  const start = useMutation(
    trpc.instances.start.mutationOptions({
      onSuccess: async ({ id }) => {
        void message.success(t('form.submitted'));
        await queryClient.invalidateQueries({ queryKey: trpc.instances.mine.queryKey() });
        await navigate(`/requests/${id}`);
      },
      onError: (error) => {
        // A newer version was published while the form was filled: show it, keeping the values.
        if (apiErrorCode(error) !== 'instance.version-changed') return showServerIssues(error);
        void message.warning(error.message, 10);
        onNewVersion(editor.values);
      },
    }),
  );

  const submit = () => {
    const values = editor.submit();
    if (values === null) setRefusals((count) => count + 1);
    const ready = submission.ready();
    if (values === null || ready === null) return;
    start.mutate({
      flowKey: data.flowKey,
      version: data.version,
      values,
      ...(ready.picks ? { picks: ready.picks } : {}),
      idempotencyKey: newIdempotencyKey(),
    });
  };

  const preview = (
    <ApprovalPreview
      flowKey={data.flowKey}
      values={editor.values}
      picks={submission.picks}
      onPicksChange={submission.changePicks}
      onResult={submission.setPreview}
    />
  );

  return (
    <>
      <PageHeader
        title={data.name}
        tags={<Tag>{t('form.version', { version: data.version })}</Tag>}
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {start.isError && <ApiErrorAlert error={start.error} describePath={describePath} />}
        {refusals > 0 && !start.isError && (
          <IssueSummary title={t('form.invalid')} issues={editor.issues} attempt={refusals} />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Card>
              <FormRenderer
                form={data.form}
                values={editor.values}
                onChange={editor.change}
                issues={editor.issues}
                editable={data.editableFields}
                uploadTarget={uploadTarget}
              />
              {!wide && <div className="baton-gap-bottom">{preview}</div>}
              <SubmitNotices refusal={submission.refusal} problem={submission.problem} />
              <Flex gap="small" className="baton-form-actions">
                <Button type="primary" size="large" loading={start.isPending} onClick={submit}>
                  {t('form.submit')}
                </Button>
                <Button size="large" onClick={() => void navigate('/start')}>
                  {tc('actions.cancel')}
                </Button>
              </Flex>
            </Card>
          </Col>
          {wide && (
            <Col xs={24} xl={9}>
              {preview}
            </Col>
          )}
        </Row>
        <Collapse
          items={[
            {
              key: 'flow',
              label: t('form.showFlow'),
              children: (
                <Suspense fallback={<FullPageLoading inline />}>
                  <LazyFlowDiagram flow={data.flow} layout={data.layout} org={org} />
                </Suspense>
              ),
            },
          ]}
        />
      </Space>
    </>
  );
}
