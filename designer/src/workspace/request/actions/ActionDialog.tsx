import { Form, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../api/ApiErrorAlert.tsx';

export type ActionDialogProps = {
  readonly open: boolean;
  readonly title: string;
  /** What the action does, in plain words, above the fields. */
  readonly body?: string | undefined;
  readonly okText: string;
  readonly danger?: boolean;
  readonly pending: boolean;
  /** The last refusal from the server, shown inside the dialog. */
  readonly error: unknown;
  readonly onOk: () => void;
  readonly onCancel: () => void;
  readonly children: ReactNode;
};

/** A dialog of one request action: what it does, the server's refusal, the fields, confirm. */
export function ActionDialog(props: ActionDialogProps) {
  const { t } = useTranslation('common');

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('actions.cancel')}
      okButtonProps={{ danger: props.danger === true, loading: props.pending }}
      onOk={props.onOk}
      onCancel={props.onCancel}
      destroyOnHidden
    >
      {props.body && <Typography.Paragraph>{props.body}</Typography.Paragraph>}
      {props.error != null && (
        <div className="baton-gap-bottom">
          <ApiErrorAlert error={props.error} />
        </div>
      )}
      <Form layout="vertical" component="div">
        {props.children}
      </Form>
    </Modal>
  );
}
