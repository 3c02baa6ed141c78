import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Collapse, Flex, Result, Space, Tag } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { defaultFormValues } from '@baton/schemas';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { newIdempotencyKey } from '../api/idempotency.ts';
import { useTRPC } from '../api/trpc.ts';
import type { StartForm } from '../api/types.ts';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { useOrgData } from '../flows/org-data.ts';
import { FormRenderer, localToday, useDescribeFormPath, useFormEditor } from '../forms/index.ts';
import { LazyFlowDiagram } from './lazy-diagram.ts';
import { useShowServerIssues } from './use-submit-issues.ts';

/** `/start/:flowKey`: the flow's generated form; submitting opens the new request's page. */
export function StartFormPage() {
  const { flowKey = '' } = useParams();
  const { t } = useTranslation('common');
  const trpc = useTRPC();
  const navigate = useNavigate();
  const form = useQuery(trpc.instances.form.queryOptions({ flowKey }));

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

  return <StartFormView key={`${form.data.flowKey}@${form.data.version}`} data={form.data} />;
}

function StartFormView({ data }: { readonly data: StartForm }) {
  const { t } = useTranslation('workspace');
  // Role and user names on the diagram's step cards.
  const { info: org } = useOrgData();
  const { t: tc } = useTranslation('common');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const editor = useFormEditor(data.form, () => defaultFormValues(data.form, localToday()));
  const describePath = useDescribeFormPath(data.form);
  const showServerIssues = useShowServerIssues(editor);
  const [invalid, setInvalid] = useState(false);
  const start = useMutation(
    trpc.instances.start.mutationOptions({
      onSuccess: async ({ id }) => {
        void message.success(t('form.submitted'));
        await queryClient.invalidateQueries({ queryKey: trpc.instances.mine.queryKey() });
        await navigate(`/requests/${id}`);
      },
      onError: showServerIssues,
    }),
  );

  const submit = () => {
    const values = editor.submit();
    setInvalid(values === null);
    if (values === null) return;
    start.mutate({ flowKey: data.flowKey, values, idempotencyKey: newIdempotencyKey() });
  };

  return (
    <>
      <PageHeader
        title={data.name}
        tags={<Tag>{t('form.version', { version: data.version })}</Tag>}
      />
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {start.isError && <ApiErrorAlert error={start.error} describePath={describePath} />}
        {invalid && editor.issues.length > 0 && !start.isError && (
          <Alert type="error" showIcon role="alert" title={t('form.invalid')} />
        )}
        <Card>
          <FormRenderer
            form={data.form}
            values={editor.values}
            onChange={editor.change}
            issues={editor.issues}
          />
          <Flex gap="small" className="baton-form-actions">
            <Button type="primary" size="large" loading={start.isPending} onClick={submit}>
              {t('form.submit')}
            </Button>
            <Button size="large" onClick={() => void navigate('/start')}>
              {tc('actions.cancel')}
            </Button>
          </Flex>
        </Card>
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
