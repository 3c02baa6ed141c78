import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { FormValues } from '@baton/schemas';
import { useTRPCClient } from '../api/trpc.ts';
import { picksToSend, rememberPickChoices, type PickChoice, type Picks } from '../preview/picks.ts';
import { useDebouncedValue } from '../preview/use-debounced-value.ts';

/** How long the sample's preview waits after the last change before asking again. */
const PREVIEW_DELAY_MS = 400;

/**
 * Whom a sample may pick for each step: the candidates of the step's range, as a preview of
 * the sample on the saved draft gives them (`pick.candidateIds`), kept once seen. `previewed`
 * is false until a preview came back: pickers then fall back to everyone.
 */
export function useSamplePickChoices(
  flowKey: string,
  sample: { initiatorId: string; values: FormValues; picks: Picks },
) {
  const client = useTRPCClient();
  const { initiatorId, values, picks } = sample;
  const request = useMemo(() => ({ initiatorId, values, picks }), [initiatorId, values, picks]);
  const settled = useDebouncedValue(request, PREVIEW_DELAY_MS);
  const query = useQuery({
    queryKey: ['flows.preview', flowKey, 'sample', settled],
    queryFn: () => {
      const sent = picksToSend(settled.picks);

      return client.flows.preview.mutate({
        key: flowKey,
        source: 'draft',
        initiatorId: settled.initiatorId,
        values: settled.values,
        ...(sent ? { picks: sent } : {}),
      });
    },
    enabled: settled.initiatorId !== '',
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
  const [choices, setChoices] = useState<Readonly<Record<string, PickChoice>>>({});
  const preview = query.isError ? undefined : query.data;
  useEffect(() => {
    if (preview) setChoices((known) => rememberPickChoices(known, preview, 'anyone'));
  }, [preview]);

  return { choices, previewed: preview !== undefined || Object.keys(choices).length > 0 };
}
