import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyRequest } from '../api/types.ts';

export type RequestStatus = MyRequest['status'];

const COLORS: Readonly<Record<RequestStatus, string>> = {
  running: 'processing',
  returned: 'warning',
  completed: 'success',
  rejected: 'error',
  withdrawn: 'default',
  terminated: 'error',
};

/** A request's status as a coloured tag: 审批中 / 已退回 / 已通过 / 已驳回 / 已撤回 / 已终止. */
export function StatusTag({ status }: { readonly status: RequestStatus }) {
  const { t } = useTranslation('workspace');

  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}
