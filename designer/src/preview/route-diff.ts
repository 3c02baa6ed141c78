import type { PreviewStep, RoutePreview } from '../api/types.ts';

type Outcome<T> = { readonly from: T; readonly to: T };

/** How one step present on both routes differs: people added or removed, another outcome. */
export type StepChange = {
  readonly nodeId: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly outcome: Outcome<PreviewStep['outcome']> | undefined;
};

/**
 * What changed from the published route to the draft's, for the same sample request: steps
 * the draft adds or no longer passes, branch edges it now takes or leaves, approvers per step,
 * and how the request ends.
 */
export type RouteDiff = {
  readonly stepsAdded: readonly string[];
  readonly stepsSkipped: readonly string[];
  readonly branchesTaken: readonly string[];
  readonly branchesLeft: readonly string[];
  readonly steps: readonly StepChange[];
  readonly outcome: Outcome<RoutePreview['outcome']> | undefined;
  readonly changed: boolean;
};

function firstByNode(steps: readonly PreviewStep[]): Map<string, PreviewStep> {
  const found = new Map<string, PreviewStep>();
  for (const step of steps) if (!found.has(step.nodeId)) found.set(step.nodeId, step);

  return found;
}

function missingFrom<T>(items: readonly T[], other: readonly T[]): T[] {
  const known = new Set(other);

  return [...new Set(items)].filter((item) => !known.has(item));
}

/** Who a step gives tasks to; nobody yet where someone must pick (the preview's stand-in). */
function people(step: PreviewStep): string[] {
  return step.outcome === 'needsPick' ? [] : step.assignees.map((assignee) => assignee.userId);
}

function stepChange(draft: PreviewStep, published: PreviewStep): StepChange | undefined {
  const now = people(draft);
  const before = people(published);
  const added = missingFrom(now, before);
  const removed = missingFrom(before, now);
  const outcome =
    draft.outcome === published.outcome
      ? undefined
      : { from: published.outcome, to: draft.outcome };
  if (added.length === 0 && removed.length === 0 && !outcome) return undefined;

  return { nodeId: draft.nodeId, added, removed, outcome };
}

/**
 * Compares the route of a sample on the draft with its route on the published version. Steps
 * are matched by node id (the first time each is entered), in the draft's order; only edges
 * `isBranchEdge` accepts (edges leaving a branch) count as branches.
 */
export function diffRoutes(
  draft: RoutePreview,
  published: RoutePreview,
  options: { readonly isBranchEdge: (edgeId: string) => boolean },
): RouteDiff {
  const draftSteps = firstByNode(draft.steps);
  const publishedSteps = firstByNode(published.steps);
  const stepsAdded = missingFrom([...draftSteps.keys()], [...publishedSteps.keys()]);
  const stepsSkipped = missingFrom([...publishedSteps.keys()], [...draftSteps.keys()]);
  const branchEdges = (route: RoutePreview) => route.edgeIds.filter(options.isBranchEdge);
  const branchesTaken = missingFrom(branchEdges(draft), branchEdges(published));
  const branchesLeft = missingFrom(branchEdges(published), branchEdges(draft));
  const steps = [...draftSteps.values()].flatMap((step) => {
    const before = publishedSteps.get(step.nodeId);
    const change = before ? stepChange(step, before) : undefined;

    return change ? [change] : [];
  });
  const outcome =
    draft.outcome === published.outcome
      ? undefined
      : { from: published.outcome, to: draft.outcome };
  const changed =
    stepsAdded.length + stepsSkipped.length + branchesTaken.length + branchesLeft.length > 0 ||
    steps.length > 0 ||
    outcome !== undefined;

  return { stepsAdded, stepsSkipped, branchesTaken, branchesLeft, steps, outcome, changed };
}
