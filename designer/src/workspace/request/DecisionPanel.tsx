import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../api/ApiErrorAlert.tsx';
import { newIdempotencyKey } from '../../api/idempotency.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useOrgNames } from '../../forms/org/use-org-names.ts';
import { useText } from '../../i18n/index.ts';
import { PickSelect } from '../../preview/PickSelect.tsx';
import { IssueSummary } from '../IssueSummary.tsx';
import { useSubmitOnce } from './actions/use-submit-once.ts';
import { RejectDialog, type RejectTarget } from './RejectDialog.tsx';
import type { ApproverEdits } from './use-approver-edits.ts';
import { useRequestRefresh } from './use-request-refresh.ts';
import { useStaleRefusal } from './use-stale-refusal.ts';

export type DecisionPanelProps = {
  readonly instanceId: string;
  readonly taskId: string;
  readonly stepName: string;
  /** Where a rejection goes unless the approver picks otherwise (the step's `rejectTo`). */
  readonly rejectTarget: RejectTarget;
  /** The step asks for a comment with every decision. */
  readonly commentRequired: boolean;
  /** The step is rejected by a share of its approvers and this approver has no veto. */
  readonly share: boolean;
  /** Where the step stands ("1 of 2 approvals, 1 more needed"), when it has several people. */
  readonly progress?: string | undefined;
  /** Whom the approver stands in for, when an out-of-office delegation gave them the task. */
  readonly onBehalfOf?: string | undefined;
  /** More actions on the task, after Approve and Reject (return, transfer, add signer, …). */
  readonly extra?: ReactNode;
  /** The approver's edits of the fields their step lets them change, sent with Approve. */
  readonly edits?: ApproverEdits | undefined;
};

/**
 * The approver's box on the request page: where the step stands, a comment, 同意 / Approve and
 * 驳回 / Reject, each sent once however often clicked. A refusal saying the request moved on (decided by someone else, no longer
 * running) reloads the page's data instead of leaving stale buttons.
 */
export function DecisionPanel(props: DecisionPanelProps) {
  const { instanceId, taskId, stepName, rejectTarget, commentRequired } = props;
  const { t } = useTranslation('workspace');
  const { t: tp } = useTranslation('requestPage');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRequestRefresh(instanceId);
  const stale = useStaleRefusal(instanceId);
  const [comment, setComment] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [missingComment, setMissingComment] = useState(false);
  // Approvals refused for the edits' errors: each one brings the first failed input into view.
  const [invalidEdits, setInvalidEdits] = useState(0);
  const next = useNextApprovers(taskId);
  const optionalComment = comment.trim() === '' ? {} : { comment: comment.trim() };
  const approve = useMutation(
    trpc.tasks.approve.mutationOptions({
      onSuccess: async () => {
        void message.success(t('actions.approved'));
        await refresh();
      },
      onError: (failure) => {
        if (stale(failure)) approve.reset();
        else props.edits?.refused(failure);
      },
    }),
  );
  const reject = useMutation(
    trpc.tasks.reject.mutationOptions({
      onSuccess: async () => {
        setRejecting(false);
        void message.success(t('actions.rejected'));
        await refresh();
      },
      onError: (failure) => {
        if (!stale(failure)) return;
        setRejecting(false);
        reject.reset();
      },
    }),
  );
  const error = approve.error;
  const once = useSubmitOnce();
  const busy = approve.isPending || reject.isPending || once.busy;
  /** Runs `action` unless the step asks for a comment and there is none yet. */
  const guarded = (action: () => void) => () => {
    const missing = commentRequired && comment.trim() === '';
    setMissingComment(missing);
    if (!missing) action();
  };
  const approveWithPick = () => {
    once.run(() => {
      const nextApprovers = next.check();
      const values = props.edits?.collect();
      if (values === null) setInvalidEdits((count) => count + 1);
      if (nextApprovers === null || values === null) return undefined;

      return approve.mutateAsync({
        taskId,
        ...optionalComment,
        ...(nextApprovers ? { nextApprovers } : {}),
        ...(values ? { values } : {}),
        idempotencyKey: newIdempotencyKey(),
      });
    });
  };

  return (
    <Card title={`${t('actions.title')} · ${stepName}`} className="baton-decision">
      <Typography.Paragraph type="secondary">{t('actions.hint')}</Typography.Paragraph>
      {props.onBehalfOf && (
        <Typography.Paragraph strong>
          {tp('act.onBehalf', { name: props.onBehalfOf })}
        </Typography.Paragraph>
      )}
      {props.progress && (
        <Typography.Paragraph strong className="baton-decision__progress">
          {props.progress}
        </Typography.Paragraph>
      )}
      {error && (
        <div className="baton-gap-bottom">
          <ApiErrorAlert
            error={error}
            {...(props.edits ? { describePath: props.edits.describePath } : {})}
          />
        </div>
      )}
      {invalidEdits > 0 && props.edits && (
        <div className="baton-gap-bottom">
          <IssueSummary
            title={tf('approverEdit.invalid')}
            issues={props.edits.issues}
            attempt={invalidEdits}
          />
        </div>
      )}
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('actions.comment')}
          htmlFor="decision-comment"
          required={commentRequired}
          validateStatus={missingComment ? 'error' : ''}
          help={missingComment ? t('actions.commentRequired') : undefined}
        >
          <Input.TextArea
            id="decision-comment"
            value={comment}
            maxLength={2000}
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={
              commentRequired
                ? t('actions.commentRequiredPlaceholder')
                : t('actions.commentPlaceholder')
            }
            onChange={(event) => setComment(event.target.value)}
          />
        </Form.Item>
        {next.picker}
      </Form>
      <Flex gap="small" wrap>
        <Button
          type="primary"
          loading={approve.isPending}
          disabled={busy}
          onClick={guarded(approveWithPick)}
        >
          {t('actions.approve')}
        </Button>
        <Button danger disabled={busy} onClick={guarded(() => setRejecting(true))}>
          {t('actions.reject')}
        </Button>
        {props.extra}
      </Flex>
      <RejectDialog
        open={rejecting}
        defaultTarget={rejectTarget}
        share={props.share}
        pending={reject.isPending || once.busy}
        error={reject.error}
        onCancel={() => setRejecting(false)}
        onConfirm={(target) =>
          once.run(() =>
            reject.mutateAsync({
              taskId,
              ...optionalComment,
              target,
              idempotencyKey: newIdempotencyKey(),
            }),
          )
        }
      />
    </Card>
  );
}

/**
 * Where the next step's approvers are picked by this approver (`tasks.nextPick`): a picker
 * limited to the candidates, and `check()` giving the picks to send (`undefined` when nothing
 * is to be picked, `null` while the pick is missing).
 */
function useNextApprovers(taskId: string) {
  const { t } = useTranslation('workspace');
  const trpc = useTRPC();
  const text = useText();
  const org = useOrgNames();
  const need = useQuery(trpc.tasks.nextPick.queryOptions({ taskId })).data;
  const [picked, setPicked] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const picker = need ? (
    <PickSelect
      id="decision-next-approvers"
      label={t('actions.nextApprovers', { step: text(need.name) })}
      required
      multiple={need.multiple}
      candidateIds={need.candidateIds}
      value={picked}
      userOption={org.userOption}
      error={missing ? t('actions.nextApproversRequired') : undefined}
      onChange={(userIds) => {
        setPicked(userIds);
        setMissing(false);
      }}
    />
  ) : null;
  const check = (): string[] | undefined | null => {
    if (!need) return undefined;
    setMissing(picked.length === 0);

    return picked.length === 0 ? null : picked;
  };

  return { picker, check };
}
