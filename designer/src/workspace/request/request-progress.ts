import type { InstanceView } from '../../api/types.ts';

type Progress = Pick<InstanceView, 'trail' | 'tasks' | 'timeline'>;

/** A trail entry as the server may send it: `round` once it passes the field through. */
type TrailEntry = InstanceView['trail'][number] & { readonly round?: number | undefined };

/** What the diagram needs to draw the current round of a request. */
export type RoundProgress = {
  /** The current round's trail entries (or, without rounds, all of them). */
  readonly trail: readonly TrailEntry[];
  readonly round: number | undefined;
  readonly activeNodeIds: readonly string[];
  readonly rejectedNodeIds: readonly string[];
};

const ROUND_STARTS = new Set(['instance.started', 'instance.resubmitted']);

function hasRounds(trail: readonly TrailEntry[]): boolean {
  return trail.some((entry) => typeof entry.round === 'number');
}

/**
 * The current round of a request for the diagram: the round the last start or resubmission
 * opened, the trail of that round only (by the entries' `round`, or for trails without it, by
 * time: entries written from that event on), the steps waiting on open tasks, and the steps
 * rejected in that round (from the history's `step.completed` events).
 */
export function roundProgress(request: Progress): RoundProgress {
  const opening = request.timeline.findLast((entry) => ROUND_STARTS.has(entry.type));
  const round = typeof opening?.data['round'] === 'number' ? opening.data['round'] : undefined;
  const trail: readonly TrailEntry[] = request.trail;
  const current = hasRounds(trail)
    ? trail
    : trail.filter((entry) => opening === undefined || entry.at >= opening.at);
  const since = opening?.seq ?? Number.NEGATIVE_INFINITY;
  const rejectedNodeIds = request.timeline.flatMap((entry) => {
    const { nodeId, outcome } = entry.data;
    const rejected = entry.type === 'step.completed' && outcome === 'rejected';

    return rejected && entry.seq > since && typeof nodeId === 'string' ? [nodeId] : [];
  });
  const open = request.tasks.filter((task) => task.status === 'open');

  return {
    trail: current,
    round,
    activeNodeIds: [...new Set(open.map((task) => task.nodeId))],
    rejectedNodeIds: [...new Set(rejectedNodeIds)],
  };
}
