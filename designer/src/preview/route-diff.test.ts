import { describe, expect, it } from 'vitest';
import type { PreviewStep, RoutePreview } from '../api/types.ts';
import { diffRoutes } from './route-diff.ts';

const why = { 'zh-CN': '原因', en: 'reason' };

function step(nodeId: string, userIds: string[], outcome: PreviewStep['outcome'] = 'tasks') {
  return {
    nodeId,
    name: nodeId,
    kind: 'approval',
    mode: 'any',
    needed: 1,
    outcome,
    assignees: userIds.map((userId) => ({ userId, reason: why })),
    reason: why,
    facts: [],
    fallback: false,
  } satisfies PreviewStep;
}

function route(
  steps: PreviewStep[],
  edgeIds: string[],
  outcome: RoutePreview['outcome'] = 'completed',
) {
  return {
    steps,
    nodeIds: ['start', ...steps.map((item) => item.nodeId), 'end'],
    edgeIds,
    outcome,
  } satisfies RoutePreview;
}

const isBranchEdge = (edgeId: string) => edgeId.startsWith('e-threshold');

describe('diffRoutes', () => {
  it('given the same route, when compared, then nothing changed', () => {
    const same = route([step('manager', ['u-wang'])], ['e-start', 'e-threshold-end']);

    expect(diffRoutes(same, same, { isBranchEdge })).toEqual({
      stepsAdded: [],
      stepsSkipped: [],
      branchesTaken: [],
      branchesLeft: [],
      steps: [],
      outcome: undefined,
      changed: false,
    });
  });

  it('given a draft whose branch now goes to finance, when compared, then the branch and step show', () => {
    const published = route([step('manager', ['u-wang'])], ['e-start', 'e-threshold-end']);
    const draft = route(
      [step('manager', ['u-wang']), step('finance', ['u-li', 'u-huang'])],
      ['e-start', 'e-threshold-finance', 'e-finance-end'],
    );
    const diff = diffRoutes(draft, published, { isBranchEdge });

    expect(diff.stepsAdded).toEqual(['finance']);
    expect(diff.stepsSkipped).toEqual([]);
    expect(diff.branchesTaken).toEqual(['e-threshold-finance']);
    expect(diff.branchesLeft).toEqual(['e-threshold-end']);
    expect(diff.changed).toBe(true);
  });

  it('given a step whose approvers changed, when compared, then added and removed people are listed', () => {
    const published = route([step('finance', ['u-li', 'u-huang'])], []);
    const draft = route([step('finance', ['u-huang', 'u-zhao'])], []);

    expect(diffRoutes(draft, published, { isBranchEdge }).steps).toEqual([
      { nodeId: 'finance', added: ['u-zhao'], removed: ['u-li'], outcome: undefined },
    ]);
  });

  it('given a step the draft no longer passes, when compared, then it is skipped', () => {
    const published = route([step('manager', ['u-wang']), step('legal', ['u-xie'])], []);
    const draft = route([step('manager', ['u-wang'])], []);

    expect(diffRoutes(draft, published, { isBranchEdge }).stepsSkipped).toEqual(['legal']);
  });

  it('given a step that is now refused, when compared, then its outcome and the route outcome change', () => {
    const published = route([step('finance', ['u-li'])], []);
    const draft = route([step('finance', [], 'refused')], [], 'refused');
    const diff = diffRoutes(draft, published, { isBranchEdge });

    expect(diff.steps).toEqual([
      {
        nodeId: 'finance',
        added: [],
        removed: ['u-li'],
        outcome: { from: 'tasks', to: 'refused' },
      },
    ]);
    expect(diff.outcome).toEqual({ from: 'completed', to: 'refused' });
  });

  it('given a step entered twice, when compared, then its first entry counts once', () => {
    const published = route([step('manager', ['u-wang'])], []);
    const draft = route([step('manager', ['u-wang']), step('manager', ['u-liu'])], []);

    expect(diffRoutes(draft, published, { isBranchEdge }).changed).toBe(false);
  });

  it('given a step that waits for a pick, when compared, then its stand-in candidate is nobody', () => {
    const published = route([step('expert', ['u-li'], 'needsPick')], []);
    const draft = route([step('expert', ['u-zhao'], 'needsPick')], []);

    expect(diffRoutes(draft, published, { isBranchEdge }).changed).toBe(false);
  });
});
