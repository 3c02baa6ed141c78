import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../api/trpc.ts';

/**
 * After an action on a request (or a refusal saying it moved on): refetch its page, the inbox
 * (and its badge), my requests and what the next step's pick offers.
 */
export function useRequestRefresh(id: string): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.instances.get.queryKey({ id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.tasks.inbox.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.instances.mine.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.tasks.nextPick.queryKey() }),
    ]);
  }, [id, queryClient, trpc]);
}
