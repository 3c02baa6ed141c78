import type { TFunction } from 'i18next';
import type { PreviewStep, RoutePreview } from '../api/types.ts';
import type { RouteDiff } from '../preview/route-diff.ts';

/** How the sentences name things: steps and edges by id, people by ids, outcomes. */
export type DiffNames = {
  readonly step: (nodeId: string) => string;
  readonly edge: (edgeId: string) => string;
  readonly people: (userIds: readonly string[]) => string;
  readonly stepOutcome: (outcome: PreviewStep['outcome']) => string;
  readonly outcome: (outcome: RoutePreview['outcome']) => string;
};

/**
 * A route diff as sentences in the UI language (namespace `flowTest`): steps added and no
 * longer passed, branches taken and left, approvers added and removed per step, outcomes.
 */
export function describeDiff(diff: RouteDiff, t: TFunction, names: DiffNames): string[] {
  const { step, edge, people } = names;
  const perStep = diff.steps.flatMap((change) => {
    const name = step(change.nodeId);

    return [
      ...(change.added.length > 0
        ? [t('diff.approversAdded', { step: name, names: people(change.added) })]
        : []),
      ...(change.removed.length > 0
        ? [t('diff.approversRemoved', { step: name, names: people(change.removed) })]
        : []),
      ...(change.outcome
        ? [
            t('diff.stepOutcome', {
              step: name,
              from: names.stepOutcome(change.outcome.from),
              to: names.stepOutcome(change.outcome.to),
            }),
          ]
        : []),
    ];
  });

  return [
    ...diff.branchesTaken.map((id) => t('diff.branchTaken', { edge: edge(id) })),
    ...diff.branchesLeft.map((id) => t('diff.branchLeft', { edge: edge(id) })),
    ...diff.stepsAdded.map((id) => t('diff.stepAdded', { step: step(id) })),
    ...diff.stepsSkipped.map((id) => t('diff.stepSkipped', { step: step(id) })),
    ...perStep,
    ...(diff.outcome
      ? [
          t('diff.outcome', {
            from: names.outcome(diff.outcome.from),
            to: names.outcome(diff.outcome.to),
          }),
        ]
      : []),
  ];
}
