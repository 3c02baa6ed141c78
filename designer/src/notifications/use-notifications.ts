import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotifyError } from '../api/use-api-problem.ts';
import { useTRPC } from '../api/trpc.ts';

const BELL_REFRESH_MS = 30_000;

/** How many notifications of the signed-in user are unread (the bell's count). */
export function useUnreadNotificationCount(): number {
  const trpc = useTRPC();
  const unread = useQuery({
    ...trpc.notifications.unreadCount.queryOptions(),
    refetchInterval: BELL_REFRESH_MS,
  });

  return unread.data ?? 0;
}

/** The latest notifications, fetched while the bell's list is open. */
export function useNotificationList(open: boolean) {
  const trpc = useTRPC();

  return useQuery({ ...trpc.notifications.list.queryOptions(), enabled: open });
}

/** Marks notifications read, then refreshes the list and the count. */
export function useMarkNotificationsRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notifyError = useNotifyError();

  return useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.notifications.unreadCount.queryKey() }),
        ]);
      },
      onError: notifyError,
    }),
  );
}
