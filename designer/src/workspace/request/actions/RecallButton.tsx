import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../api/idempotency.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { ConfirmTaskButton, useConfirmedOutcome } from './ConfirmTaskButton.tsx';

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
  const trpc = useTRPC();
  const outcome = useConfirmedOutcome(props.instanceId, t('act.recall.done'));
  const recall = useMutation(trpc.tasks.recall.mutationOptions(outcome));

  return (
    <ConfirmTaskButton
      title={t('act.recall.confirm', { step: props.stepName })}
      label={t('act.recall.button')}
      pending={recall.isPending}
      onConfirm={() =>
        recall.mutateAsync({ taskId: props.taskId, idempotencyKey: newIdempotencyKey() })
      }
    />
  );
}
