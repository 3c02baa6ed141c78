import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '@baton/schemas';
import { runStates, trailOfRound } from './run-path.ts';

const flow: FlowDefinition = {
  schemaVersion: 1,
  key: 'expense',
  name: 'Expense',
  nodes: [
    { id: 'start', type: 'start', name: 'Start', config: {} },
    { id: 'manager', type: 'approval', name: 'Manager', config: {} },
    { id: 'branch', type: 'exclusive', name: 'Amount', config: {} },
    { id: 'finance', type: 'approval', name: 'Finance', config: {} },
    { id: 'end', type: 'end', name: 'End', config: {} },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'manager' },
    { id: 'e2', source: 'manager', target: 'branch' },
    { id: 'e3', source: 'branch', target: 'finance', condition: 'amount >= 5000', priority: 1 },
    { id: 'e4', source: 'branch', target: 'end', isDefault: true },
    { id: 'e5', source: 'finance', target: 'end' },
  ],
};

/** Round 1 went to finance and was rejected there; round 2 waits on the manager. */
const twoRounds = [
  { nodeId: 'start', round: 1 },
  { nodeId: 'manager', edgeId: 'e1', round: 1 },
  { nodeId: 'branch', edgeId: 'e2', round: 1 },
  { nodeId: 'finance', edgeId: 'e3', round: 1 },
  { nodeId: 'start', round: 2 },
  { nodeId: 'manager', edgeId: 'e1', round: 2 },
];

describe('trailOfRound', () => {
  it("given a resubmitted request, when cut, then last round's path is left out", () => {
    // Regression: after a resubmission the diagram still drew round 1's path in green.
    expect(trailOfRound(twoRounds).map((step) => step.nodeId)).toEqual(['start', 'manager']);
    expect(trailOfRound(twoRounds, 1)).toHaveLength(4);
  });

  it('given a trail stored before rounds, when cut, then it is kept whole', () => {
    const old = [{ nodeId: 'start' }, { nodeId: 'manager', edgeId: 'e1' }];

    expect(trailOfRound(old, 2)).toEqual(old);
  });
});

describe('runStates', () => {
  it('given the current round only, when drawn, then only its path is passed and the wait is active', () => {
    const states = runStates({
      flow,
      trail: trailOfRound(twoRounds),
      activeNodeIds: ['manager'],
    });

    expect(Object.fromEntries(states.nodes)).toEqual({ start: 'passed', manager: 'active' });
    expect(Object.fromEntries(states.edges)).toEqual({ e1: 'passed' });
  });

  it('given a rejected step, when drawn, then it and the edge into it are rejected, not passed', () => {
    const states = runStates({
      flow,
      trail: trailOfRound(twoRounds, 1),
      rejectedNodeIds: ['finance'],
    });

    expect(Object.fromEntries(states.nodes)).toEqual({
      start: 'passed',
      manager: 'passed',
      branch: 'passed',
      finance: 'rejected',
    });
    expect(Object.fromEntries(states.edges)).toEqual({
      e1: 'passed',
      e2: 'passed',
      e3: 'rejected',
    });
  });

  it('given a completed request, when drawn, then the end counts as passed', () => {
    const trail = [
      { nodeId: 'start' },
      { nodeId: 'manager', edgeId: 'e1' },
      { nodeId: 'branch', edgeId: 'e2' },
      { nodeId: 'end', edgeId: 'e4' },
    ];

    expect(runStates({ flow, trail }).nodes.get('end')).toBe('passed');
    expect(runStates({ flow, trail }).edges.has('e3')).toBe(false);
  });

  it('given a step reached but never left (withdrawn), when drawn, then it is not passed', () => {
    const trail = [{ nodeId: 'start' }, { nodeId: 'manager', edgeId: 'e1' }];

    expect(runStates({ flow, trail }).nodes.has('manager')).toBe(false);
  });
});
