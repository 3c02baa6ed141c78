import { describe, expect, it } from 'vitest';
import type { PreviewStep, RoutePreview } from '../api/types.ts';
import { missingPicks, picksToSend, rememberPickChoices } from './picks.ts';

const why = { 'zh-CN': '原因', en: 'reason' };

function step(nodeId: string, outcome: PreviewStep['outcome'], pick?: PreviewStep['pick']) {
  return {
    nodeId,
    name: nodeId,
    kind: 'approval',
    mode: 'any',
    needed: 1,
    outcome,
    assignees: [],
    reason: why,
    facts: [],
    fallback: false,
    ...(pick ? { pick } : {}),
  } satisfies PreviewStep;
}

function route(steps: PreviewStep[]): RoutePreview {
  return { steps, nodeIds: [], edgeIds: [], outcome: 'completed' };
}

const byInitiator: NonNullable<PreviewStep['pick']> = {
  by: 'initiator',
  multiple: true,
  candidateIds: ['u1', 'u2'],
};

describe('rememberPickChoices', () => {
  it('given a step the previous approver picks for, when seen for a sample, then its choice is kept too', () => {
    const byApprover = { ...byInitiator, by: 'approver' as const, candidateIds: ['u3'] };
    const preview = route([step('next', 'tasks', byApprover)]);

    expect(rememberPickChoices({}, preview)).toEqual({});
    expect(rememberPickChoices({}, preview, 'anyone')).toEqual({
      next: { multiple: true, candidateIds: ['u3'] },
    });
  });

  it('given a step the initiator picks for, when seen, then its choice is kept after it is picked', () => {
    const first = rememberPickChoices({}, route([step('pick', 'needsPick', byInitiator)]));
    const later = rememberPickChoices(first, route([step('pick', 'tasks')]));

    expect(later).toEqual({ pick: { multiple: true, candidateIds: ['u1', 'u2'] } });
  });

  it('given a step the previous approver picks for, when seen, then the initiator gets no picker', () => {
    const approver = { ...byInitiator, by: 'approver' as const };

    expect(rememberPickChoices({}, route([step('next', 'needsPick', approver)]))).toEqual({});
  });
});

describe('missingPicks', () => {
  it('given a step waiting for the initiator, when nobody is picked, then it is missing', () => {
    const preview = route([step('pick', 'needsPick', byInitiator), step('other', 'tasks')]);

    expect(missingPicks(preview, {}).map((item) => item.nodeId)).toEqual(['pick']);
    expect(missingPicks(preview, { pick: ['u1'] })).toEqual([]);
    expect(missingPicks(undefined, {})).toEqual([]);
  });
});

describe('picksToSend', () => {
  it('given empty and filled picks, when sent, then only filled ones go', () => {
    expect(picksToSend({ a: [], b: ['u1'] })).toEqual({ b: ['u1'] });
    expect(picksToSend({ a: [] })).toBeUndefined();
  });
});
