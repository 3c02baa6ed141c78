import { useMutation } from '@tanstack/react-query';
import { Form, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../api/idempotency.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { NoteField, optionalComment, PeopleField } from './fields.tsx';
import './actions.css';
import { useActionOutcome } from './use-action-outcome.ts';

type Position = 'before' | 'after' | 'alongside';
const POSITIONS: readonly Position[] = ['before', 'after', 'alongside'];

/** 加签 / Add signer: people, when they approve relative to the assignee (in words), a note. */
export function AddSignerDialog(props: {
  readonly instanceId: string;
  readonly taskId: string;
  readonly selfId: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('requestPage');
  const trpc = useTRPC();
  const [people, setPeople] = useState<string[]>([]);
  const [position, setPosition] = useState<Position>('before');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const outcome = useActionOutcome(props.instanceId, t('act.addSigner.done'), props.onClose);
  const add = useMutation(trpc.tasks.addSigner.mutationOptions(outcome));
  const confirm = () => {
    setMissing(people.length === 0);
    if (people.length === 0) return undefined;

    return add.mutateAsync({
      taskId: props.taskId,
      userIds: people,
      position,
      ...optionalComment(note),
      idempotencyKey: newIdempotencyKey(),
    });
  };

  return (
    <ActionDialog
      open
      title={t('act.addSigner.title')}
      okText={t('act.addSigner.confirm')}
      pending={add.isPending}
      error={add.error}
      onOk={confirm}
      onCancel={props.onClose}
    >
      <PeopleField
        id="add-signer-people"
        multiple
        value={people}
        exclude={[props.selfId]}
        missing={missing}
        onChange={(userIds) => {
          setPeople(userIds);
          setMissing(false);
        }}
      />
      <Form.Item label={t('act.addSigner.position')}>
        <Radio.Group
          aria-label={t('act.addSigner.position')}
          value={position}
          onChange={(event) =>
            setPosition(POSITIONS.find((p) => p === event.target.value) ?? 'before')
          }
        >
          <Space orientation="vertical">
            {POSITIONS.map((value) => (
              <Radio key={value} value={value}>
                {t(`act.addSigner.${value}`)}
                <Typography.Text type="secondary" className="baton-action-help">
                  {t(`act.addSigner.${value}Help`)}
                </Typography.Text>
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <NoteField id="add-signer-comment" value={note} onChange={setNote} />
    </ActionDialog>
  );
}
