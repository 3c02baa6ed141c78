import { App } from 'antd';
import { useCallback } from 'react';
import { useApiProblem } from '../../api/use-api-problem.ts';
import { isStaleRefusal } from './stale-refusal.ts';
import { useRequestRefresh } from './use-request-refresh.ts';

/**
 * Handles a refusal that means the page is out of date (see `isStaleRefusal`): shows the
 * server's message and reloads the request, the inbox and its count, so status, buttons and
 * history catch up. Returns whether the refusal was one of those.
 */
export function useStaleRefusal(instanceId: string): (error: unknown) => boolean {
  const { message } = App.useApp();
  const toProblem = useApiProblem();
  const refresh = useRequestRefresh(instanceId);

  return useCallback(
    (error: unknown) => {
      const problem = toProblem(error);
      if (!isStaleRefusal(problem.code)) return false;
      void message.warning(problem.message);
      void refresh();

      return true;
    },
    [message, refresh, toProblem],
  );
}
