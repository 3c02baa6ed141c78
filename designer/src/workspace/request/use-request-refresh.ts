import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../api/trpc.ts';

/** After an action on a request: refetch its page, the inbox (and its badge) and my requests. */
export function useRequestRefresh(id: string): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.instances.get.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.tasks.inbox.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.instances.mine.queryKey() }),
    ]);
  }, [id, queryClient, trpc]);
}
