import type { PreviewStep, RoutePreview } from '../api/types.ts';

/** People picked by approval node id, as `start` and `resubmit` take them. */
export type Picks = Readonly<Record<string, readonly string[]>>;

/** What someone may pick for one step: one or several of the candidates. */
export type PickChoice = { readonly multiple: boolean; readonly candidateIds: readonly string[] };

/**
 * The pick choices seen in a preview, by node id, added to those seen before: once someone is
 * picked the step no longer needs a pick, yet the picker must stay to change it. Only the
 * initiator's by default (the submission form); `'anyone'` keeps the previous approvers' too
 * (a sample stands for both).
 */
export function rememberPickChoices(
  known: Readonly<Record<string, PickChoice>>,
  preview: RoutePreview,
  by: 'initiator' | 'anyone' = 'initiator',
): Record<string, PickChoice> {
  const next: Record<string, PickChoice> = { ...known };
  for (const step of preview.steps) {
    if (step.pick && (by === 'anyone' || step.pick.by === 'initiator'))
      next[step.nodeId] = { multiple: step.pick.multiple, candidateIds: step.pick.candidateIds };
  }

  return next;
}

/** Steps still waiting for the initiator's pick in a preview. */
export function missingPicks(preview: RoutePreview | undefined, picks: Picks): PreviewStep[] {
  return (preview?.steps ?? []).filter(
    (step) =>
      step.outcome === 'needsPick' &&
      step.pick?.by === 'initiator' &&
      (picks[step.nodeId] ?? []).length === 0,
  );
}

/** The picks to send: non-empty entries only, or `undefined` when there are none. */
export function picksToSend(picks: Picks): Record<string, string[]> | undefined {
  const entries = Object.entries(picks).filter(([, ids]) => ids.length > 0);

  return entries.length === 0
    ? undefined
    : Object.fromEntries(entries.map(([nodeId, ids]) => [nodeId, [...ids]]));
}
