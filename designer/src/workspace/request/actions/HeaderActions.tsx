import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceView } from '../../../api/types.ts';
import { WithdrawButton } from '../WithdrawButton.tsx';
import type { RequestActions } from './action-availability.ts';
import { AdminMenu } from './AdminMenu.tsx';
import { CcDialog } from './CcDialog.tsx';
import { RecallButton } from './RecallButton.tsx';
import { UrgeButton } from './UrgeButton.tsx';

/**
 * The request's actions beside its title: Withdraw and Urge for the initiator, Copy to for
 * anyone involved without an open task (the assignee has it in the decision box), Recall for a
 * decider, and the Admin menu.
 */
export function HeaderActions(props: {
  readonly request: InstanceView;
  readonly actions: RequestActions;
}) {
  const { request, actions } = props;
  const { t } = useTranslation('requestPage');
  const [copying, setCopying] = useState(false);

  return (
    <>
      {request.canWithdraw && <WithdrawButton instanceId={request.id} />}
      {actions.urge && <UrgeButton instanceId={request.id} />}
      {actions.cc && !actions.task && (
        <Button onClick={() => setCopying(true)}>{t('act.cc.button')}</Button>
      )}
      {actions.recall && (
        <RecallButton
          instanceId={request.id}
          taskId={actions.recall.taskId}
          stepName={actions.recall.stepName}
        />
      )}
      {actions.admin && <AdminMenu request={request} />}
      {copying && <CcDialog instanceId={request.id} onClose={() => setCopying(false)} />}
    </>
  );
}

/** Whether the header has any action for the viewer. */
export function hasHeaderActions(request: InstanceView, actions: RequestActions): boolean {
  return (
    request.canWithdraw ||
    actions.urge ||
    (actions.cc && !actions.task) ||
    actions.recall !== null ||
    actions.admin
  );
}
