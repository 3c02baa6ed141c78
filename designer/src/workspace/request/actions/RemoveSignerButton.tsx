import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../api/idempotency.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { ConfirmTaskButton, useConfirmedOutcome } from './ConfirmTaskButton.tsx';

/** 移除加签人 / Remove signer: for whoever added a signer who has not acted yet (or an admin). */
export function RemoveSignerButton(props: {
  readonly instanceId: string;
  readonly taskId: string;
  readonly name: string;
}) {
  const { t } = useTranslation('requestPage');
  const trpc = useTRPC();
  const outcome = useConfirmedOutcome(props.instanceId, t('act.removeSigner.done'));
  const remove = useMutation(trpc.tasks.removeSigner.mutationOptions(outcome));

  return (
    <ConfirmTaskButton
      title={t('act.removeSigner.confirm', { name: props.name })}
      label={t('act.removeSigner.button', { name: props.name })}
      pending={remove.isPending}
      small
      onConfirm={() =>
        remove.mutateAsync({ taskId: props.taskId, idempotencyKey: newIdempotencyKey() })
      }
    />
  );
}
