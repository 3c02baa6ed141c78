import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Form, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../api/idempotency.ts';
import { useTRPC } from '../../../api/trpc.ts';
import { FullPageLoading } from '../../../app/FullPageLoading.tsx';
import { ActionDialog } from './ActionDialog.tsx';
import { ChoiceField, NoteField, optionalComment } from './fields.tsx';
import { returnChoices, type ReturnTarget } from './return-choices.ts';
import { useActionOutcome } from './use-action-outcome.ts';

/**
 * 退回 / Return: where to (as `tasks.returnTargets` allows: the initiator, the previous step,
 * an earlier step by name) and a note. Not a rejection: the request is handled again.
 */
export function ReturnDialog(props: {
  readonly instanceId: string;
  readonly taskId: string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation('requestPage');
  const trpc = useTRPC();
  const targets = useQuery(trpc.tasks.returnTargets.queryOptions({ taskId: props.taskId }));
  const [picked, setPicked] = useState<ReturnTarget | undefined>();
  const [nodeId, setNodeId] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [missingStep, setMissingStep] = useState(false);
  const outcome = useActionOutcome(props.instanceId, t('act.return.done'), props.onClose);
  const send = useMutation(trpc.tasks.return.mutationOptions(outcome));
  const choices = targets.data ? returnChoices(targets.data) : [];
  const target = picked ?? choices[0];
  const confirm = () => {
    if (target === undefined) return undefined;
    setMissingStep(target === 'node' && nodeId === undefined);
    if (target === 'node' && nodeId === undefined) return undefined;

    return send.mutateAsync({
      taskId: props.taskId,
      to: target,
      ...(target === 'node' && nodeId ? { nodeId } : {}),
      ...optionalComment(note),
      idempotencyKey: newIdempotencyKey(),
    });
  };
  const label = (choice: ReturnTarget) =>
    choice === 'initiator'
      ? t('act.return.initiator')
      : choice === 'previous'
        ? t('act.return.previous', { step: targets.data?.previous?.name ?? '' })
        : t('act.return.earlier');

  return (
    <ActionDialog
      open
      title={t('act.return.title')}
      body={t('act.return.body')}
      okText={t('act.return.confirm')}
      pending={send.isPending}
      error={send.error ?? targets.error}
      onOk={confirm}
      onCancel={props.onClose}
    >
      {targets.isPending && <FullPageLoading inline />}
      {targets.data && choices.length === 0 && (
        <Alert type="info" showIcon title={t('act.return.none')} />
      )}
      {choices.length > 0 && (
        <Form.Item label={t('act.return.target')}>
          <Radio.Group
            aria-label={t('act.return.target')}
            value={target}
            onChange={(event) => setPicked(choices.find((choice) => choice === event.target.value))}
          >
            <Space orientation="vertical">
              {choices.map((choice) => (
                <Radio key={choice} value={choice}>
                  {label(choice)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      )}
      {target === 'node' && (
        <ChoiceField
          id="return-step"
          label={t('act.return.step')}
          value={nodeId}
          options={(targets.data?.earlier ?? []).map((step) => ({
            value: step.nodeId,
            label: step.name,
          }))}
          onChange={(value) => {
            setNodeId(value);
            setMissingStep(false);
          }}
          missing={missingStep ? t('act.return.stepRequired') : undefined}
        />
      )}
      <NoteField id="return-comment" value={note} onChange={setNote} />
    </ActionDialog>
  );
}
