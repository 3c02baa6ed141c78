import { useMutation } from '@tanstack/react-query';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../api/idempotency.ts';
import { useNotifyError } from '../../../api/use-api-problem.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { useActionOutcome } from './use-action-outcome.ts';
import { useSubmitOnce } from './use-submit-once.ts';

/** 移除加签人 / Remove signer: for whoever added a signer who has not acted yet (or an admin). */
export function RemoveSignerButton(props: {
  readonly instanceId: string;
  readonly taskId: string;
  readonly name: string;
}) {
  const { t } = useTranslation('requestPage');
  const { t: tc } = useTranslation('common');
  const trpc = useTRPC();
  const notify = useNotifyError();
  const outcome = useActionOutcome(props.instanceId, t('act.removeSigner.done'));
  const once = useSubmitOnce();
  const remove = useMutation(
    trpc.tasks.removeSigner.mutationOptions({
      onSuccess: outcome.onSuccess,
      onError: (failure) => {
        notify(failure);
        outcome.onError(failure);
      },
    }),
  );

  return (
    <Popconfirm
      title={t('act.removeSigner.confirm', { name: props.name })}
      okText={tc('actions.confirm')}
      cancelText={tc('actions.cancel')}
      onConfirm={() =>
        once.run(() =>
          remove.mutateAsync({ taskId: props.taskId, idempotencyKey: newIdempotencyKey() }),
        )
      }
    >
      <Button size="small" loading={remove.isPending || once.busy}>
        {t('act.removeSigner.button', { name: props.name })}
      </Button>
    </Popconfirm>
  );
}
