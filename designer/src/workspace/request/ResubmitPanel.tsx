import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../api/ApiErrorAlert.tsx';
import { newIdempotencyKey } from '../../api/idempotency.ts';
import { useTRPC } from '../../api/trpc.ts';
import type { InstanceView } from '../../api/types.ts';
import { FormRenderer, useDescribeFormPath, useFormEditor } from '../../forms/index.ts';
import { ApprovalPreview } from '../../preview/ApprovalPreview.tsx';
import { SubmitNotices } from '../../preview/SubmitNotices.tsx';
import { useSubmissionPicks } from '../../preview/use-submission-picks.ts';
import { useShowServerIssues } from '../use-submit-issues.ts';
import { useSubmitOnce } from './actions/use-submit-once.ts';
import { useRequestRefresh } from './use-request-refresh.ts';
import { useStaleRefusal } from './use-stale-refusal.ts';
import { useStoredComputed } from './stored-computed.ts';

/** A returned request, for its initiator: the form prefilled with the values, and 重新提交. */
export function ResubmitPanel({ request }: { readonly request: InstanceView }) {
  const { t } = useTranslation('workspace');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRequestRefresh(request.id);
  const stale = useStaleRefusal(request.id);
  // A resubmission is the start step again: the server lists what the initiator may change
  // there (`editableFields`, from the same `fieldAccessAt` it judges with).
  const editable = request.editableFields;
  const editor = useFormEditor(request.form, () => request.values, undefined, editable);
  const describePath = useDescribeFormPath(request.form);
  const values = useStoredComputed(request.form, editor.values, request.values);
  const showServerIssues = useShowServerIssues(editor);
  const submission = useSubmissionPicks();
  // Its uploads are checked against the start step too.
  const uploadTarget = useMemo(() => ({ flowKey: request.flowKey }), [request.flowKey]);
  const resubmit = useMutation(
    trpc.instances.resubmit.mutationOptions({
      onSuccess: async () => {
        void message.success(t('actions.resubmitted'));
        await refresh();
      },
      onError: (failure) => {
        if (stale(failure)) resubmit.reset();
        else showServerIssues(failure);
      },
    }),
  );
  const once = useSubmitOnce();
  const submit = () => {
    if (once.busy) return;
    const values = editor.submit();
    const ready = submission.ready();
    if (values === null || ready === null) return;
    once.run(() =>
      resubmit.mutateAsync({
        id: request.id,
        values,
        ...(ready.picks ? { picks: ready.picks } : {}),
        idempotencyKey: newIdempotencyKey(),
      }),
    );
  };

  return (
    <Card title={t('actions.resubmitTitle')}>
      <Alert
        type="warning"
        showIcon
        title={t('actions.resubmitHint')}
        className="baton-gap-bottom"
      />
      {resubmit.isError && (
        <div className="baton-gap-bottom">
          <ApiErrorAlert error={resubmit.error} describePath={describePath} />
        </div>
      )}
      <FormRenderer
        form={request.form}
        values={values}
        onChange={editor.change}
        issues={editor.issues}
        idPrefix="resubmit"
        uploadTarget={uploadTarget}
        editable={editable}
      />
      <SubmitNotices refusal={submission.refusal} problem={submission.problem} />
      <div className="baton-gap-bottom">
        <ApprovalPreview
          flowKey={request.flowKey}
          values={editor.values}
          picks={submission.picks}
          onPicksChange={submission.changePicks}
          onResult={submission.setPreview}
          idPrefix="resubmit-preview"
        />
      </div>
      <Flex gap="small" className="baton-form-actions">
        <Button type="primary" loading={resubmit.isPending || once.busy} onClick={submit}>
          {t('actions.resubmit')}
        </Button>
      </Flex>
    </Card>
  );
}
