import type { TFunction } from 'i18next';
import type { AppRouter } from '@baton/server/router';
import type { TRPCOptionsProxy, inferOutput } from '@trpc/tanstack-react-query';

/** A copy of a request sent to the user, as `cc.list` gives it. */
export type CcItem = inferOutput<TRPCOptionsProxy<AppRouter>['cc']['list']>[number];

/**
 * Who copied the user, in words: the person for an ad hoc copy, else the flow's CC step
 * ("抄送环节：财务知会" / "CC step: Notify finance").
 */
export function ccSender(item: Pick<CcItem, 'by' | 'nodeName'>, t: TFunction): string {
  if (item.by) return item.by.name;

  return item.nodeName === null ? '' : t('cc.byStep', { ns: 'inboxPage', step: item.nodeName });
}
