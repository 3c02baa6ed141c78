import { createTRPCClient, httpBatchLink, httpLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '@baton/server/router';
import { currentLocale } from '../i18n/index.ts';

/**
 * `useTRPC()` gives typed query and mutation options for every procedure of the server's
 * router: `useQuery(trpc.tasks.inbox.queryOptions())`,
 * `useMutation(trpc.tasks.approve.mutationOptions())`.
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/**
 * A client for the server's `/trpc` endpoint, in the UI language. The session cookie travels
 * with every call because fetch's default credentials mode is `same-origin`.
 */
export function createApiClient() {
  const headers = () => ({
    'content-type': 'application/json',
    'accept-language': currentLocale(),
  });

  return createTRPCClient<AppRouter>({
    links: [
      // The server refuses sign-in inside a batch and batches of more than 10 calls.
      splitLink({
        condition: (op) => op.path === 'auth.login',
        true: httpLink({ url: '/trpc', headers }),
        false: httpBatchLink({ url: '/trpc', maxURLLength: 2000, maxItems: 10, headers }),
      }),
    ],
  });
}
