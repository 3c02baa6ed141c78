/** Where a return may send a request: its initiator, the previous step, an earlier step. */
export type ReturnTarget = 'initiator' | 'previous' | 'node';

/** What `tasks.returnTargets` answers for a task. */
export type ReturnTargets = {
  readonly initiator: boolean;
  readonly previous: { readonly nodeId: string; readonly name: string } | null;
  readonly earlier: readonly { readonly nodeId: string; readonly name: string }[];
};

/**
 * The choices the return dialog offers, in this order, the first picked by default: the
 * initiator, the previous step, an earlier step (only when there is one to pick).
 */
export function returnChoices(targets: ReturnTargets): ReturnTarget[] {
  return [
    ...(targets.initiator ? (['initiator'] as const) : []),
    ...(targets.previous ? (['previous'] as const) : []),
    ...(targets.earlier.length > 0 ? (['node'] as const) : []),
  ];
}
