import { useMutation } from '@tanstack/react-query';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiProblem } from '../../../api/use-api-problem.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { useActionOutcome } from './use-action-outcome.ts';
import { useSubmitOnce } from './use-submit-once.ts';

/**
 * 催办 / Urge, for the initiator: reminds the current approvers. After a too-soon refusal the
 * button stays disabled with the server's reason beside it (how long until the next urge).
 */
export function UrgeButton({ instanceId }: { readonly instanceId: string }) {
  const { t } = useTranslation('requestPage');
  const trpc = useTRPC();
  const toProblem = useApiProblem();
  const [refusal, setRefusal] = useState<string | null>(null);
  const outcome = useActionOutcome(instanceId, t('act.urge.done'));
  const once = useSubmitOnce();
  const urge = useMutation(
    trpc.instances.urge.mutationOptions({
      onSuccess: outcome.onSuccess,
      onError: (failure) => {
        setRefusal(toProblem(failure).message);
        outcome.onError(failure);
      },
    }),
  );

  return (
    <Flex align="center" gap="small">
      {/* No loading spinner: its label would change the button's name while it fades out. */}
      <Button
        disabled={refusal !== null || urge.isPending || once.busy}
        aria-describedby={refusal === null ? undefined : 'urge-refusal'}
        onClick={() => once.run(() => urge.mutateAsync({ instanceId }))}
      >
        {t('act.urge.button')}
      </Button>
      {refusal !== null && (
        <Typography.Text id="urge-refusal" type="warning" role="status">
          {refusal}
        </Typography.Text>
      )}
    </Flex>
  );
}
