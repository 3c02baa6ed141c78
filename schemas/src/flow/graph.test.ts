import { describe, expect, it } from 'vitest';
import { expenseFlow } from '../checker/test-flows.ts';
import { findStart, flowLookup, incomingEdges, orderBranchEdges, outgoingEdges } from './graph.ts';
import type { FlowEdge } from './flow.ts';

describe('graph helpers', () => {
  const { flow } = expenseFlow();

  it('finds the start by its kind capability', () => {
    expect(findStart(flow)?.id).toBe('start');
  });

  it('lists edges out of and into a node', () => {
    expect(outgoingEdges(flow, 'branch').map((edge) => edge.id)).toEqual([
      'branch-finance',
      'branch-end',
    ]);
    expect(incomingEdges(flow, 'end').map((edge) => edge.id)).toEqual([
      'branch-end',
      'finance-end',
    ]);
    expect(flowLookup(flow).incoming('end')).toEqual(incomingEdges(flow, 'end'));
    expect(flowLookup(flow).node('nope')).toBeUndefined();
  });

  it('orders branch edges by priority, then document order, with the default last', () => {
    const edges: FlowEdge[] = [
      { id: 'd', source: 'b', target: 'x', isDefault: true },
      { id: 'none', source: 'b', target: 'x', condition: 'a' },
      { id: 'p2', source: 'b', target: 'x', condition: 'a', priority: 2 },
      { id: 'p1', source: 'b', target: 'x', condition: 'a', priority: 1 },
    ];

    expect(orderBranchEdges(edges).map((edge) => edge.id)).toEqual(['p1', 'p2', 'none', 'd']);
  });
});
