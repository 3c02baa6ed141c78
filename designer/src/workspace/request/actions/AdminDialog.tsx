import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc.ts';
import type { InstanceView } from '../../../api/types.ts';
import { useText } from '../../../i18n/index.ts';
import { assigneeLabel } from '../on-behalf.ts';
import { jumpTargets } from './action-availability.ts';
import { ActionDialog } from './ActionDialog.tsx';
import { ChoiceField, NoteField, PeopleField } from './fields.tsx';
import { useActionOutcome } from './use-action-outcome.ts';

export type AdminAction = 'terminate' | 'reassign' | 'jump';

const DONE: Readonly<Record<AdminAction, string>> = {
  terminate: 'act.admin.terminated',
  reassign: 'act.admin.reassigned',
  jump: 'act.admin.jumped',
};

/** What an admin may pick: open or waiting tasks (step · assignee) and the steps to jump to. */
function useAdminChoices(request: InstanceView) {
  const { t } = useTranslation('requestPage');
  const text = useText();
  const pending = request.tasks.filter(
    (task) => task.status === 'open' || task.status === 'waiting',
  );

  return {
    tasks: pending.map((task) => ({
      value: task.id,
      label: t('act.admin.taskOption', { step: task.nodeName, assignee: assigneeLabel(task, t) }),
    })),
    nodes: jumpTargets(request.flow).map((node) => ({ value: node.id, label: text(node.name) })),
  };
}

/** One admin intervention: its choices (a task and a person, or a step) and a required reason. */
export function AdminDialog(props: {
  readonly action: AdminAction;
  readonly request: InstanceView;
  readonly onClose: () => void;
}) {
  const { action, request } = props;
  const { t } = useTranslation('requestPage');
  const trpc = useTRPC();
  const [reason, setReason] = useState('');
  const [taskId, setTaskId] = useState<string | undefined>();
  const [people, setPeople] = useState<string[]>([]);
  const [nodeId, setNodeId] = useState<string | undefined>();
  const [tried, setTried] = useState(false);
  const outcome = useActionOutcome(request.id, t(DONE[action]), props.onClose);
  const terminate = useMutation(trpc.admin.terminate.mutationOptions(outcome));
  const reassign = useMutation(trpc.admin.reassign.mutationOptions(outcome));
  const jump = useMutation(trpc.admin.jump.mutationOptions(outcome));
  const mutation = { terminate, reassign, jump }[action];
  const trimmed = reason.trim();
  const toUserId = people[0];
  const confirm = () => {
    setTried(true);
    if (trimmed === '') return undefined;
    if (action === 'terminate')
      return terminate.mutateAsync({ instanceId: request.id, reason: trimmed });
    if (action === 'reassign' && taskId && toUserId)
      return reassign.mutateAsync({ taskId, toUserId, reason: trimmed });
    if (action === 'jump' && nodeId)
      return jump.mutateAsync({ instanceId: request.id, nodeId, reason: trimmed });

    return undefined;
  };
  const options = useAdminChoices(request);

  return (
    <ActionDialog
      open
      title={t(`act.admin.${action}Title`)}
      body={action === 'reassign' ? undefined : t(`act.admin.${action}Body`)}
      okText={t(`act.admin.${action}Confirm`)}
      danger={action === 'terminate'}
      pending={mutation.isPending}
      error={mutation.error}
      onOk={confirm}
      onCancel={props.onClose}
    >
      {action === 'reassign' && (
        <ChoiceField
          id="admin-task"
          label={t('act.admin.task')}
          value={taskId}
          options={options.tasks}
          onChange={setTaskId}
          missing={tried && taskId === undefined ? t('act.admin.taskRequired') : undefined}
        />
      )}
      {action === 'reassign' && (
        <PeopleField
          id="admin-person"
          multiple={false}
          value={people}
          onChange={setPeople}
          missing={tried && toUserId === undefined}
        />
      )}
      {action === 'jump' && (
        <ChoiceField
          id="admin-node"
          label={t('act.admin.node')}
          value={nodeId}
          options={options.nodes}
          onChange={setNodeId}
          missing={tried && nodeId === undefined ? t('act.admin.nodeRequired') : undefined}
        />
      )}
      <NoteField
        id="admin-reason"
        reason
        value={reason}
        onChange={setReason}
        missing={tried && trimmed === ''}
      />
    </ActionDialog>
  );
}
