import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

const INBOX_REFRESH_MS = 30_000;

/** How many tasks wait for the signed-in user; shares its cache with the inbox page. */
export function useInboxCount(): number {
  const trpc = useTRPC();
  const inbox = useQuery({ ...trpc.tasks.inbox.queryOptions(), refetchInterval: INBOX_REFRESH_MS });

  return inbox.data?.length ?? 0;
}

/** How many copies of requests the signed-in user has not read (the CC badge). */
export function useCcUnreadCount(): number {
  const trpc = useTRPC();
  const unread = useQuery({
    ...trpc.cc.unreadCount.queryOptions(),
    refetchInterval: INBOX_REFRESH_MS,
  });

  return unread.data ?? 0;
}
