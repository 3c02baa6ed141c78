import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNotifyError } from '../../../api/use-api-problem.ts';
import { useActionOutcome } from './use-action-outcome.ts';
import { useSubmitOnce } from './use-submit-once.ts';

/**
 * What a one-click task action does after the server answered: `done` as a toast and a
 * refresh on success; the refusal as a toast (and a reload when the page was stale) on error.
 */
export function useConfirmedOutcome(instanceId: string, done: string) {
  const notify = useNotifyError();
  const outcome = useActionOutcome(instanceId, done);

  return {
    onSuccess: outcome.onSuccess,
    onError: (failure: unknown) => {
      notify(failure);
      outcome.onError(failure);
    },
  };
}

/**
 * A button that asks "are you sure" (`title`) before running `onConfirm` once, however often it
 * is clicked, and spins while the command runs.
 */
export function ConfirmTaskButton(props: {
  readonly title: string;
  readonly label: string;
  readonly pending: boolean;
  readonly small?: boolean;
  readonly onConfirm: () => Promise<unknown>;
}) {
  const { t: tc } = useTranslation('common');
  const once = useSubmitOnce();

  return (
    <Popconfirm
      title={props.title}
      okText={tc('actions.confirm')}
      cancelText={tc('actions.cancel')}
      onConfirm={() => once.run(props.onConfirm)}
    >
      <Button
        {...(props.small ? { size: 'small' as const } : {})}
        loading={props.pending || once.busy}
      >
        {props.label}
      </Button>
    </Popconfirm>
  );
}
