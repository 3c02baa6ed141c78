import { describe, expect, it } from 'vitest';
import { FlowBundle } from './bundle.ts';
import { expenseLikeBundle } from './edit.fixture.ts';
import { insertNodeOnEdge, moveNodes } from './edit.ts';

describe('edit commands and layout bounds', () => {
  it('holds a node moved to x 1e308 at the edge of the layout instead of breaking the canvas', () => {
    // given a drag that reports absurd coordinates
    const moved = moveNodes({
      positions: { manager: { x: 1e308, y: -1e308 }, end: { x: Number.NaN, y: Infinity } },
    }).apply(expenseLikeBundle());

    // then the positions stay within the bounds the checker accepts
    expect(moved.layout.positions.manager).toEqual({ x: 1_000_000, y: -1_000_000 });
    expect(moved.layout.positions.end).toEqual({ x: 0, y: 0 });
    expect(FlowBundle.safeParse(moved).success).toBe(true);
  });

  it('places an inserted node within the bounds when asked for a position beyond them', () => {
    const inserted = insertNodeOnEdge({
      edgeId: 'e-start-manager',
      node: { type: 'cc' },
      position: { x: 5e6, y: 0 },
    }).apply(expenseLikeBundle());

    expect(inserted.layout.positions['cc-1']).toEqual({ x: 1_000_000, y: 0 });
  });
});
