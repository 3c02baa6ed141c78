import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../api/ApiErrorAlert.tsx';
import { newIdempotencyKey } from '../../api/idempotency.ts';
import { useTRPC } from '../../api/trpc.ts';
import { RejectDialog, type RejectTarget } from './RejectDialog.tsx';
import { useRequestRefresh } from './use-request-refresh.ts';

export type DecisionPanelProps = {
  readonly instanceId: string;
  readonly taskId: string;
  readonly stepName: string;
  /** Where a rejection goes unless the approver picks otherwise (the step's `rejectTo`). */
  readonly rejectTarget: RejectTarget;
  /** The step asks for a comment with every decision. */
  readonly commentRequired: boolean;
};

/** The approver's box on the request page: a comment, 同意 / Approve and 驳回 / Reject. */
export function DecisionPanel(props: DecisionPanelProps) {
  const { instanceId, taskId, stepName, rejectTarget, commentRequired } = props;
  const { t } = useTranslation('workspace');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRequestRefresh(instanceId);
  const [comment, setComment] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [missingComment, setMissingComment] = useState(false);
  const optionalComment = comment.trim() === '' ? {} : { comment: comment.trim() };
  const approve = useMutation(
    trpc.tasks.approve.mutationOptions({
      onSuccess: async () => {
        void message.success(t('actions.approved'));
        await refresh();
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
    }),
  );
  const error = approve.error;
  const busy = approve.isPending || reject.isPending;
  /** Runs `action` unless the step asks for a comment and there is none yet. */
  const guarded = (action: () => void) => () => {
    const missing = commentRequired && comment.trim() === '';
    setMissingComment(missing);
    if (!missing) action();
  };

  return (
    <Card title={`${t('actions.title')} · ${stepName}`} className="baton-decision">
      <Typography.Paragraph type="secondary">{t('actions.hint')}</Typography.Paragraph>
      {error && (
        <div className="baton-gap-bottom">
          <ApiErrorAlert error={error} />
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
      </Form>
      <Flex gap="small">
        <Button
          type="primary"
          loading={approve.isPending}
          disabled={busy}
          onClick={guarded(() =>
            approve.mutate({ taskId, ...optionalComment, idempotencyKey: newIdempotencyKey() }),
          )}
        >
          {t('actions.approve')}
        </Button>
        <Button danger disabled={busy} onClick={guarded(() => setRejecting(true))}>
          {t('actions.reject')}
        </Button>
      </Flex>
      <RejectDialog
        open={rejecting}
        defaultTarget={rejectTarget}
        pending={reject.isPending}
        error={reject.error}
        onCancel={() => setRejecting(false)}
        onConfirm={(target) =>
          reject.mutate({ taskId, ...optionalComment, target, idempotencyKey: newIdempotencyKey() })
        }
      />
    </Card>
  );
}
