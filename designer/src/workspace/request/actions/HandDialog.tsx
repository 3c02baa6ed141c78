import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../api/idempotency.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { NoteField, optionalComment, PeopleField } from './fields.tsx';
import { useActionOutcome } from './use-action-outcome.ts';

export type HandKind = 'transfer' | 'delegate';

/**
 * 转交 / Transfer (the task goes to someone for good) or 委派 / Delegate (someone acts first,
 * then the task comes back): one person and a note.
 */
export function HandDialog(props: {
  readonly kind: HandKind;
  readonly instanceId: string;
  readonly taskId: string;
  /** The assignee, who cannot hand the task to themselves. */
  readonly selfId: string;
  readonly onClose: () => void;
}) {
  const { kind, taskId } = props;
  const { t } = useTranslation('requestPage');
  const trpc = useTRPC();
  const [people, setPeople] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const outcome = useActionOutcome(props.instanceId, t(`act.${kind}.done`), props.onClose);
  const transfer = useMutation(trpc.tasks.transfer.mutationOptions(outcome));
  const delegate = useMutation(trpc.tasks.delegate.mutationOptions(outcome));
  const mutation = kind === 'transfer' ? transfer : delegate;
  const confirm = () => {
    const toUserId = people[0];
    setMissing(toUserId === undefined);
    if (toUserId === undefined) return undefined;

    return mutation.mutateAsync({
      taskId,
      toUserId,
      ...optionalComment(note),
      idempotencyKey: newIdempotencyKey(),
    });
  };

  return (
    <ActionDialog
      open
      title={t(`act.${kind}.title`)}
      body={t(`act.${kind}.body`)}
      okText={t(`act.${kind}.confirm`)}
      pending={mutation.isPending}
      error={mutation.error}
      onOk={confirm}
      onCancel={props.onClose}
    >
      <PeopleField
        id={`${kind}-person`}
        multiple={false}
        value={people}
        exclude={[props.selfId]}
        missing={missing}
        onChange={(userIds) => {
          setPeople(userIds);
          setMissing(false);
        }}
      />
      <NoteField id={`${kind}-comment`} value={note} onChange={setNote} />
    </ActionDialog>
  );
}
