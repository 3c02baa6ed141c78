import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskActions } from './action-availability.ts';
import { AddSignerDialog } from './AddSignerDialog.tsx';
import { CcDialog } from './CcDialog.tsx';
import { HandDialog } from './HandDialog.tsx';
import { ReturnDialog } from './ReturnDialog.tsx';

type Dialog = 'return' | 'transfer' | 'delegate' | 'addSigner' | 'cc';

/**
 * The assignee's actions besides Approve and Reject: 退回 Return, 转交 Transfer, 委派 Delegate,
 * 加签 Add signer and 抄送 Copy to, each in its own dialog.
 */
export function TaskActionBar(props: {
  readonly instanceId: string;
  readonly selfId: string;
  readonly actions: TaskActions;
  readonly canCopy: boolean;
  readonly disabled: boolean;
}) {
  const { instanceId, actions, selfId } = props;
  const { t } = useTranslation('requestPage');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const buttons: { key: Dialog; label: string; shown: boolean }[] = [
    { key: 'return', label: t('act.return.button'), shown: actions.canReturn },
    { key: 'transfer', label: t('act.transfer.button'), shown: actions.canHandOn },
    { key: 'delegate', label: t('act.delegate.button'), shown: actions.canHandOn },
    { key: 'addSigner', label: t('act.addSigner.button'), shown: actions.canHandOn },
    { key: 'cc', label: t('act.cc.button'), shown: props.canCopy },
  ];
  const task = { instanceId, taskId: actions.taskId, onClose: close };

  return (
    <>
      {buttons
        .filter((button) => button.shown)
        .map((button) => (
          <Button key={button.key} disabled={props.disabled} onClick={() => setDialog(button.key)}>
            {button.label}
          </Button>
        ))}
      {dialog === 'return' && <ReturnDialog {...task} />}
      {(dialog === 'transfer' || dialog === 'delegate') && (
        <HandDialog kind={dialog} selfId={selfId} {...task} />
      )}
      {dialog === 'addSigner' && <AddSignerDialog selfId={selfId} {...task} />}
      {dialog === 'cc' && <CcDialog instanceId={instanceId} onClose={close} />}
    </>
  );
}
