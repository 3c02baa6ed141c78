import { useMutation } from '@tanstack/react-query';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNotifyError } from '../../../api/use-api-problem.ts';
import { newIdempotencyKey } from '../../../api/idempotency.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { useActionOutcome } from './use-action-outcome.ts';
import { useSubmitOnce } from './use-submit-once.ts';

/**
 * 撤销我的决定 / Recall my decision, after a confirmation. The server refuses once the next step
 * has acted (`recall.too-late`) and says why; the message shows as a toast.
 */
export function RecallButton(props: {
  readonly instanceId: string;
  readonly taskId: string;
  readonly stepName: string;
}) {
  const { t } = useTranslation('requestPage');
  const { t: tc } = useTranslation('common');
  const trpc = useTRPC();
  const notify = useNotifyError();
  const outcome = useActionOutcome(props.instanceId, t('act.recall.done'));
  const once = useSubmitOnce();
  const recall = useMutation(
    trpc.tasks.recall.mutationOptions({
      onSuccess: outcome.onSuccess,
      onError: (failure) => {
        notify(failure);
        outcome.onError(failure);
      },
    }),
  );

  return (
    <Popconfirm
      title={t('act.recall.confirm', { step: props.stepName })}
      okText={tc('actions.confirm')}
      cancelText={tc('actions.cancel')}
      onConfirm={() =>
        once.run(() =>
          recall.mutateAsync({ taskId: props.taskId, idempotencyKey: newIdempotencyKey() }),
        )
      }
    >
      <Button loading={recall.isPending || once.busy}>{t('act.recall.button')}</Button>
    </Popconfirm>
  );
}
