import { App } from 'antd';
import { useCallback } from 'react';
import { useRequestRefresh } from '../use-request-refresh.ts';
import { useStaleRefusal } from '../use-stale-refusal.ts';

/**
 * What an action on the request does when the server answers: on success a toast with `done`,
 * `close()` and a reload of the page's data; on a refusal meaning the page is out of date, the
 * server's message, `close()` and a reload. Other refusals stay for the dialog to show.
 */
export function useActionOutcome(instanceId: string, done: string, close: () => void = () => {}) {
  const { message } = App.useApp();
  const refresh = useRequestRefresh(instanceId);
  const stale = useStaleRefusal(instanceId);
  const onSuccess = useCallback(async () => {
    close();
    void message.success(done);
    await refresh();
  }, [close, done, message, refresh]);
  const onError = useCallback(
    (failure: unknown) => {
      if (stale(failure)) close();
    },
    [close, stale],
  );

  return { onSuccess, onError };
}
