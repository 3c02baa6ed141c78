import { Form, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../api/ApiErrorAlert.tsx';
import { useSubmitOnce } from './use-submit-once.ts';

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
  /**
   * Sends the action: the mutation's promise (`mutateAsync`), or `undefined` when a field is
   * missing. Sent once however often the button is clicked (`useSubmitOnce`).
   */
  readonly onOk: () => Promise<unknown> | undefined;
  readonly onCancel: () => void;
  readonly children: ReactNode;
};

/** A dialog of one request action: what it does, the server's refusal, the fields, confirm. */
export function ActionDialog(props: ActionDialogProps) {
  const { t } = useTranslation('common');
  const once = useSubmitOnce();

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('actions.cancel')}
      okButtonProps={{ danger: props.danger === true, loading: props.pending || once.busy }}
      onOk={() => once.run(props.onOk)}
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
