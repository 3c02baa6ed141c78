import { describe, expect, it } from 'vitest';
import { FlowBundle } from './bundle.ts';
import { addExclusiveBlock, addParallelBlock } from './edit.ts';
import { expenseLikeBundle } from './edit.fixture.ts';

function edgePairs(bundle: FlowBundle): string[] {
  return bundle.flow.edges.map((edge) => `${edge.source}>${edge.target}`).sort();
}

describe('branch blocks', () => {
  it('adds a condition branch with a conditional lane and a default lane', () => {
    const next = addExclusiveBlock({ edgeId: 'e-start-manager' }).apply(expenseLikeBundle());

    expect(edgePairs(next).filter((pair) => pair.includes('-1'))).toEqual([
      'approval-1>manager',
      'exclusive-1>approval-1',
      'exclusive-1>manager',
      'start>exclusive-1',
    ]);
    const lanes = next.flow.edges.filter((edge) => edge.source === 'exclusive-1');
    expect(lanes.map(({ priority, isDefault }) => ({ priority, isDefault }))).toEqual([
      { priority: 1, isDefault: undefined },
      { priority: undefined, isDefault: true },
    ]);
    expect(next.layout.positions['manager']?.y).toBe(600);
    expect(FlowBundle.safeParse(next).success).toBe(true);
  });

  it('adds a parallel split with two lanes and the join that closes it', () => {
    const next = addParallelBlock({ edgeId: 'e-finance-end' }).apply(expenseLikeBundle());

    expect(edgePairs(next).filter((pair) => /parallel|join|approval/.test(pair))).toEqual([
      'approval-1>join-1',
      'approval-2>join-1',
      'finance>parallel-1',
      'join-1>end',
      'parallel-1>approval-1',
      'parallel-1>approval-2',
    ]);
    expect(next.layout.positions['join-1']).toEqual({ x: 170, y: 1200 });
    expect(next.layout.positions['end']).toEqual({ x: 300, y: 1400 });
  });
});
