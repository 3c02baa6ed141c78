import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../api/ApiErrorAlert.tsx';
import { useTRPC } from '../../api/trpc.ts';
import type { InboxItem } from '../../api/types.ts';
import { summarizeBatch, type BatchSummary } from './batch-results.ts';
import './i18n.ts';

/**
 * 批量同意 / Approve selected: approves the chosen tasks (each on its own, the server refusing
 * some perhaps), then shows how many were approved and each refusal with its reason.
 */
export function BatchApproveButton(props: {
  readonly items: readonly InboxItem[];
  readonly onDone: (summary: BatchSummary) => void;
  readonly onFailed: (error: unknown) => void;
}) {
  const { items } = props;
  const { t } = useTranslation('inboxPage');
  const { t: tc } = useTranslation('common');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const approve = useMutation(
    trpc.tasks.approveMany.mutationOptions({
      onSuccess: async (answer) => {
        const titles = new Map(items.map((item) => [item.id, item.title]));
        props.onDone(summarizeBatch(answer.results, titles, t('batch.refusedFallback')));
        await queryClient.invalidateQueries({ queryKey: trpc.tasks.inbox.queryKey() });
      },
      onError: props.onFailed,
    }),
  );

  return (
    <Popconfirm
      title={t('batch.confirm', { count: items.length })}
      okText={tc('actions.confirm')}
      cancelText={tc('actions.cancel')}
      disabled={items.length === 0}
      onConfirm={() => approve.mutate({ taskIds: items.map((item) => item.id) })}
    >
      <Button type="primary" disabled={items.length === 0} loading={approve.isPending}>
        {items.length === 0 ? t('batch.approve') : t('batch.approveCount', { count: items.length })}
      </Button>
    </Popconfirm>
  );
}

/** What the last batch did: "2 approved", then "1 refused:" with each title and reason. */
export function BatchResults(props: {
  readonly summary: BatchSummary | null;
  readonly error: unknown;
  readonly onClose: () => void;
}) {
  const { summary } = props;
  const { t } = useTranslation('inboxPage');
  if (props.error != null) return <ApiErrorAlert error={props.error} />;
  if (!summary) return null;
  const refused = summary.refused.length;

  return (
    <section aria-label={t('batch.results')}>
      <Alert
        type={refused === 0 ? 'success' : 'warning'}
        showIcon
        closable={{ onClose: props.onClose }}
        title={t('batch.approved', { count: summary.approved })}
        description={
          refused === 0 ? undefined : (
            <>
              <div>{t('batch.refused', { count: refused })}</div>
              <ul className="baton-issue-list">
                {summary.refused.map((refusal) => (
                  <li key={refusal.taskId}>
                    {t('batch.refusal', { title: refusal.title, reason: refusal.reason })}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      />
    </section>
  );
}
