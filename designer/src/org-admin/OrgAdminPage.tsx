import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Space, Spin } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { ValidationIssue } from '@baton/schemas';
import { ApiErrorAlert } from '../api/ApiErrorAlert.tsx';
import { useTRPC } from '../api/trpc.ts';
import { useApiProblem } from '../api/use-api-problem.ts';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { useOrgAdminT } from './i18n.ts';
import { OrgIssues } from './OrgIssues.tsx';
import { orgIssueMarkers, orgText, parseOrgText } from './org-text.ts';

// Monaco is large: it loads with this page only.
const JsonEditor = lazy(() => import('../monaco/JsonEditor.tsx'));

/** What the last Check or Save said: its issues, and whether it was a refused save. */
type Verdict = { readonly issues: readonly ValidationIssue[]; readonly refused?: string };

function OrgEditor({ initial }: { readonly initial: string }) {
  const t = useOrgAdminT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const toProblem = useApiProblem();
  const [text, setText] = useState(initial);
  // The organization as last loaded or saved: reverting to it changes nothing while equal.
  const [saved, setSaved] = useState(initial);
  const [replacement, setReplacement] = useState({ text: initial, serial: 0 });
  const [verdict, setVerdict] = useState<Verdict>();
  const [syntax, setSyntax] = useState<ReturnType<typeof parseOrgText>>();
  const check = useMutation(trpc.org.check.mutationOptions());
  const replace = useMutation(trpc.org.replace.mutationOptions());
  const markers = useMemo(() => {
    if (syntax && !syntax.ok) return [syntax.marker];

    return verdict ? orgIssueMarkers(text, verdict.issues) : [];
  }, [syntax, verdict, text]);

  /** The parsed text, or `undefined` after showing why it is not JSON. */
  const parsed = () => {
    const result = parseOrgText(text);
    setSyntax(result);

    return result.ok ? result.value : undefined;
  };
  const runCheck = async () => {
    const org = parsed();
    if (org === undefined) return;
    const result = await check.mutateAsync({ org }).catch(() => undefined);
    if (result) setVerdict({ issues: result.issues });
  };
  const save = async () => {
    const org = parsed();
    if (org === undefined) return;
    try {
      const result = await replace.mutateAsync({ org });
      setSaved(text);
      setVerdict({ issues: result.issues });
      void message.success(
        result.issues.length === 0
          ? t('saved')
          : t('savedWarnings', { count: result.issues.length }),
      );
      await queryClient.invalidateQueries({ queryKey: trpc.org.get.queryKey() });
    } catch (error) {
      const problem = toProblem(error);
      setVerdict({ issues: problem.issues, refused: problem.message });
    }
  };
  const revert = async () => {
    const fresh = await queryClient.fetchQuery({
      ...trpc.org.document.queryOptions(),
      staleTime: 0,
    });
    const next = orgText(fresh);
    setText(next);
    setSaved(next);
    setReplacement((previous) => ({ text: next, serial: previous.serial + 1 }));
    setVerdict(undefined);
    setSyntax(undefined);
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Button loading={check.isPending} onClick={() => void runCheck()}>
          {t('check')}
        </Button>
        <Button type="primary" loading={replace.isPending} onClick={() => void save()}>
          {t('save')}
        </Button>
        <Popconfirm
          title={t('revertConfirm')}
          okText={t('revertOk')}
          cancelText={t('cancel')}
          onConfirm={() => void revert()}
        >
          <Button disabled={text === saved}>{t('revert')}</Button>
        </Popconfirm>
      </Space>
      {syntax && !syntax.ok && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('invalidJson', { message: syntax.message })}
        />
      )}
      {check.isError && <ApiErrorAlert error={check.error} />}
      {verdict?.refused && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('refused', { message: verdict.refused })}
        />
      )}
      {verdict && <OrgIssues issues={verdict.issues} />}
      <Card size="small" className="nokey">
        <Suspense fallback={<Spin tip={t('loading')} />}>
          <JsonEditor
            defaultValue={initial}
            replacement={replacement}
            markers={markers}
            onChange={(next) => {
              // What Check or Save said was about the text before this edit.
              setText(next);
              setSyntax(undefined);
              setVerdict(undefined);
            }}
            ariaLabel={t('editorLabel')}
          />
        </Suspense>
      </Card>
    </Space>
  );
}

/**
 * `/admin/org` (admins): the organization as one JSON document in Monaco. "Check" lists the
 * checker's issues (with markers in the text), "Save" replaces the stored organization; a
 * refused save (a supervisor cycle, an unknown reference) shows why and keeps the text.
 */
export function OrgAdminPage() {
  const t = useOrgAdminT();
  const trpc = useTRPC();
  const document = useQuery({
    ...trpc.org.document.queryOptions(),
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      {document.isPending && <FullPageLoading inline />}
      {document.isError && (
        <ApiErrorAlert error={document.error} onRetry={() => void document.refetch()} />
      )}
      {document.isSuccess && <OrgEditor initial={orgText(document.data)} />}
    </>
  );
}

export default OrgAdminPage;
