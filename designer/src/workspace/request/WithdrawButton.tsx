import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../api/ApiErrorAlert.tsx';
import { newIdempotencyKey } from '../../api/idempotency.ts';
import { useTRPC } from '../../api/trpc.ts';
import { useSubmitOnce } from './actions/use-submit-once.ts';
import { useRequestRefresh } from './use-request-refresh.ts';
import { useStaleRefusal } from './use-stale-refusal.ts';

/** 撤回 / Withdraw, for the initiator while the flow allows it; asks to confirm, with a reason. */
export function WithdrawButton({ instanceId }: { readonly instanceId: string }) {
  const { t } = useTranslation('workspace');
  const { t: tc } = useTranslation('common');
  const { message } = App.useApp();
  const trpc = useTRPC();
  const refresh = useRequestRefresh(instanceId);
  const stale = useStaleRefusal(instanceId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation(
    trpc.instances.withdraw.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        void message.success(t('actions.withdrawn'));
        await refresh();
      },
      onError: (failure) => {
        if (!stale(failure)) return;
        setOpen(false);
        withdraw.reset();
      },
    }),
  );
  const once = useSubmitOnce();
  const confirm = () => {
    const trimmed = reason.trim();
    once.run(() =>
      withdraw.mutateAsync({
        id: instanceId,
        ...(trimmed === '' ? {} : { reason: trimmed }),
        idempotencyKey: newIdempotencyKey(),
      }),
    );
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('actions.withdraw')}</Button>
      <Modal
        open={open}
        title={t('actions.withdrawTitle')}
        okText={t('actions.withdrawConfirm')}
        cancelText={tc('actions.cancel')}
        okButtonProps={{ danger: true, loading: withdraw.isPending || once.busy }}
        onOk={confirm}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('actions.withdrawBody')}</Typography.Paragraph>
        {withdraw.isError && (
          <div className="baton-gap-bottom">
            <ApiErrorAlert error={withdraw.error} />
          </div>
        )}
        <Form layout="vertical" component="div">
          <Form.Item label={t('actions.withdrawReason')} htmlFor="withdraw-reason">
            <Input.TextArea
              id="withdraw-reason"
              value={reason}
              maxLength={2000}
              autoSize={{ minRows: 2, maxRows: 6 }}
              placeholder={t('actions.withdrawReasonPlaceholder')}
              onChange={(event) => setReason(event.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
