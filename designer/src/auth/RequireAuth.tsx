import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { isUnauthorized } from '../api/errors.ts';
import { useApiProblem } from '../api/use-api-problem.ts';
import { useTRPC } from '../api/trpc.ts';
import { FullPageLoading } from '../app/FullPageLoading.tsx';
import { SessionContext } from './session.ts';

/** Ends the session as soon as any call answers 401, so the guard sends the user to sign in. */
function useSessionExpiry(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        if (isUnauthorized(event.action.error)) {
          queryClient.setQueryData(trpc.auth.me.queryKey(), { user: null });
        }
      }),
    [queryClient, trpc],
  );
}

/** Renders its children for a signed-in user; sends everyone else to the sign-in page. */
export function RequireAuth({ children }: { readonly children: ReactNode }) {
  const trpc = useTRPC();
  const location = useLocation();
  const { t } = useTranslation('common');
  const toProblem = useApiProblem();
  const me = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
  useSessionExpiry();

  if (me.isPending) return <FullPageLoading />;
  if (me.isError && !isUnauthorized(me.error)) {
    return (
      <Result
        status="error"
        title={t('errors.loadFailed')}
        subTitle={toProblem(me.error).message}
        extra={<Button onClick={() => void me.refetch()}>{t('actions.retry')}</Button>}
      />
    );
  }
  const user = me.data?.user;
  if (!user) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);

    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }

  return <SessionContext value={user}>{children}</SessionContext>;
}
