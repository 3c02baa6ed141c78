import { Alert, Form, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../api/ApiErrorAlert.tsx';

export type RejectTarget = 'initiator' | 'end';

export type RejectDialogProps = {
  readonly open: boolean;
  /** The step's configured default (`rejectTo`); the choice starts there each time it opens. */
  readonly defaultTarget: RejectTarget;
  /**
   * The step is rejected by a share of its approvers and this approver has no veto: the
   * rejection counts toward the share, and the choice applies only if it decides the step.
   */
  readonly share: boolean;
  readonly pending: boolean;
  /** The last refusal from the server, shown inside the dialog. */
  readonly error: unknown;
  readonly onConfirm: (target: RejectTarget) => void;
  readonly onCancel: () => void;
};

/**
 * Asks where a rejection sends the request: back to the initiator, or to its end. Under a
 * rejection share it says first that the rejection counts toward the share.
 */
export function RejectDialog(props: RejectDialogProps) {
  const { open, defaultTarget, pending, error, onConfirm, onCancel } = props;
  const { t } = useTranslation('workspace');
  const { t: tc } = useTranslation('common');
  const [target, setTarget] = useState<RejectTarget>(defaultTarget);
  useEffect(() => {
    if (open) setTarget(defaultTarget);
  }, [open, defaultTarget]);

  return (
    <Modal
      open={open}
      title={t('actions.rejectTitle')}
      okText={t('actions.rejectConfirm')}
      cancelText={tc('actions.cancel')}
      okButtonProps={{ danger: true, loading: pending }}
      onOk={() => onConfirm(target)}
      onCancel={onCancel}
      destroyOnHidden
    >
      {error != null && (
        <div className="baton-gap-bottom">
          <ApiErrorAlert error={error} />
        </div>
      )}
      {props.share && (
        <Alert type="info" showIcon className="baton-gap-bottom" title={t('actions.rejectShare')} />
      )}
      <Form layout="vertical" component="div">
        <Form.Item label={t('actions.rejectTarget')}>
          <Radio.Group
            aria-label={t('actions.rejectTarget')}
            value={target}
            onChange={(event) => setTarget(event.target.value === 'end' ? 'end' : 'initiator')}
            options={[
              { value: 'initiator', label: t('actions.targetInitiator') },
              { value: 'end', label: t('actions.targetEnd') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
