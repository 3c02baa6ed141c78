import { describe, expect, it } from 'vitest';
import {
  distanceToEdge,
  edgeGeometry,
  edgeRoute,
  nearestEdge,
  type Box,
  type EdgeEnds,
} from './edge-hit-test.ts';

const box = (x: number, y: number): Box => ({ x, y, width: 100, height: 40 });

/** Source handle (50, 40); a target straight below has its handle at (50, 200). */
const straight: EdgeEnds = {
  id: 'e-straight',
  source: box(0, 0),
  target: box(0, 200),
  lane: false,
};
/** A branch lane to the right: target handle at (250, 200). */
const rightLane: EdgeEnds = { id: 'e-right', source: box(0, 0), target: box(200, 200), lane: true };

describe('edgeGeometry', () => {
  it('given a plain edge, when laid out, then it turns halfway and is labelled in the middle', () => {
    const geometry = edgeGeometry({ x: 50, y: 40 }, { x: 250, y: 200 }, false);

    expect(geometry).toEqual({ turnY: 120, label: { x: 150, y: 120 }, align: 'center' });
  });

  it('given a lane going right, when laid out, then it turns just below the branch and is labelled on its right', () => {
    const geometry = edgeGeometry({ x: 50, y: 40 }, { x: 250, y: 200 }, true);

    expect(geometry).toEqual({ turnY: 68, label: { x: 250, y: 94 }, align: 'after' });
  });

  it('given a lane going left, when laid out, then its label sits on the left of its line', () => {
    expect(edgeGeometry({ x: 50, y: 40 }, { x: -150, y: 200 }, true).align).toBe('before');
  });

  it('given a short lane, when laid out, then it turns halfway and the label stays above the target', () => {
    const geometry = edgeGeometry({ x: 50, y: 40 }, { x: 250, y: 80 }, true);

    expect(geometry).toEqual({ turnY: 60, label: { x: 250, y: 68 }, align: 'after' });
  });
});

describe('edgeRoute', () => {
  it('given a lane, when routed, then it goes down to the turn, across and down to the target top', () => {
    expect(edgeRoute(rightLane)).toEqual([
      { x: 50, y: 40 },
      { x: 50, y: 68 },
      { x: 250, y: 68 },
      { x: 250, y: 200 },
    ]);
  });

  it('given a plain edge between offset nodes, when routed, then it turns at half height', () => {
    const ends: EdgeEnds = { id: 'e', source: box(0, 0), target: box(300, 200), lane: false };

    expect(edgeRoute(ends)).toEqual([
      { x: 50, y: 40 },
      { x: 50, y: 120 },
      { x: 350, y: 120 },
      { x: 350, y: 200 },
    ]);
  });
});

describe('distanceToEdge', () => {
  it('given a point on the line, when measured, then the distance is zero', () => {
    expect(distanceToEdge({ x: 50, y: 100 }, straight)).toBe(0);
    expect(distanceToEdge({ x: 150, y: 68 }, rightLane)).toBe(0);
  });

  it('given a point beside the line, when measured, then it is the perpendicular distance', () => {
    expect(distanceToEdge({ x: 80, y: 100 }, straight)).toBe(30);
    expect(distanceToEdge({ x: 150, y: 75 }, rightLane)).toBe(7);
  });

  it('given a point past the end of the line, when measured, then it is the distance to the end', () => {
    expect(distanceToEdge({ x: 50, y: 260 }, straight)).toBe(60);
  });

  it('given a very short lane whose label sits above the turn, when the label is pointed at, then it counts as on the edge', () => {
    const short: EdgeEnds = { id: 'e', source: box(0, 0), target: box(200, 50), lane: true };

    expect(distanceToEdge({ x: 250, y: 38 }, short)).toBe(0);
  });
});

describe('nearestEdge', () => {
  const edges = [straight, rightLane];

  it('given a point near one edge, when searched, then that edge is found', () => {
    expect(nearestEdge({ x: 245, y: 150 }, edges, 20)).toBe('e-right');
    expect(nearestEdge({ x: 55, y: 150 }, edges, 20)).toBe('e-straight');
  });

  it('given a point near both edges, when searched, then the closer one wins', () => {
    expect(nearestEdge({ x: 60, y: 66 }, edges, 20)).toBe('e-right');
    expect(nearestEdge({ x: 60, y: 66 }, [...edges].reverse(), 20)).toBe('e-right');
    expect(nearestEdge({ x: 54, y: 90 }, edges, 20)).toBe('e-straight');
    expect(nearestEdge({ x: 54, y: 90 }, [...edges].reverse(), 20)).toBe('e-straight');
  });

  it('given a point farther than the limit from every edge, when searched, then none is found', () => {
    expect(nearestEdge({ x: 150, y: 150 }, edges, 20)).toBeUndefined();
  });

  it('given no edges, when searched, then none is found', () => {
    expect(nearestEdge({ x: 0, y: 0 }, [], 20)).toBeUndefined();
  });
});
