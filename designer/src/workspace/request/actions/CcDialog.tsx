import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { NoteField, optionalComment, PeopleField } from './fields.tsx';
import { useActionOutcome } from './use-action-outcome.ts';

/** 抄送 / Copy to: people who may then read the request, and a note for them. */
export function CcDialog(props: { readonly instanceId: string; readonly onClose: () => void }) {
  const { t } = useTranslation('requestPage');
  const trpc = useTRPC();
  const [people, setPeople] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const outcome = useActionOutcome(props.instanceId, t('act.cc.done'), props.onClose);
  const cc = useMutation(trpc.instances.cc.mutationOptions(outcome));
  const confirm = () => {
    setMissing(people.length === 0);
    if (people.length === 0) return undefined;

    return cc.mutateAsync({
      instanceId: props.instanceId,
      userIds: people,
      ...optionalComment(note),
    });
  };

  return (
    <ActionDialog
      open
      title={t('act.cc.title')}
      body={t('act.cc.body')}
      okText={t('act.cc.confirm')}
      pending={cc.isPending}
      error={cc.error}
      onOk={confirm}
      onCancel={props.onClose}
    >
      <PeopleField
        id="cc-people"
        multiple
        value={people}
        missing={missing}
        onChange={(userIds) => {
          setPeople(userIds);
          setMissing(false);
        }}
      />
      <NoteField id="cc-comment" value={note} onChange={setNote} />
    </ActionDialog>
  );
}
