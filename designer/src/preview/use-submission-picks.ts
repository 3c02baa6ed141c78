import { useCallback, useState } from 'react';
import { resolveText } from '@baton/schemas';
import type { RoutePreview } from '../api/types.ts';
import { useLocale } from '../i18n/index.ts';
import { usePreviewT } from './i18n.ts';
import { missingPicks, picksToSend, type Picks } from './picks.ts';

/**
 * The state a submission form keeps beside its approval preview: the initiator's picks, the
 * latest preview, and the check before sending (every step that needs a pick has one).
 */
export function useSubmissionPicks() {
  const t = usePreviewT();
  const locale = useLocale();
  const [picks, setPicks] = useState<Picks>({});
  const [preview, setPreview] = useState<RoutePreview>();
  const [problem, setProblem] = useState<string>();
  const changePicks = useCallback((next: Picks) => {
    setPicks(next);
    setProblem(undefined);
  }, []);

  /** `{ picks }` to send (possibly none), or `null` while a step still waits for a pick. */
  const ready = (): { picks: Record<string, string[]> | undefined } | null => {
    const [first] = missingPicks(preview, picks);
    setProblem(first && t('route.pickRequired', { step: resolveText(first.name, locale) }));

    return first ? null : { picks: picksToSend(picks) };
  };

  return {
    picks,
    changePicks,
    preview,
    setPreview,
    problem,
    ready,
    refusal: preview?.refusal?.message[locale],
  };
}
