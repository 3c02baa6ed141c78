/** A node's box in flow coordinates (React Flow's position plus measured size). */
export type Box = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};

export type XY = { readonly x: number; readonly y: number };

export type EdgeEnds = {
  readonly id: string;
  readonly source: Box;
  readonly target: Box;
  /** One of several lanes leaving a branch: it turns right below the branch node. */
  readonly lane: boolean;
};

/** How far below a branch node its lanes turn, and how far below that their labels sit. */
const LANE_TURN = 28;
const LANE_LABEL_DROP = 26;

/**
 * `label` is the anchor of the edge's label: centred on it, or for a branch lane beside its line,
 * away from the other lanes (`before`: to the left, `after`: to the right).
 */
export type EdgeGeometry = {
  readonly turnY: number;
  readonly label: XY;
  readonly align: 'center' | 'before' | 'after';
};

/**
 * Where an edge turns and where its label goes, from its two handle points. A plain edge turns
 * halfway and is labelled in the middle; a branch lane turns just below the branch and is
 * labelled at the top of its lane, so lanes that run past other nodes keep their labels clear.
 */
export function edgeGeometry(from: XY, to: XY, lane: boolean): EdgeGeometry {
  if (!lane) {
    const turnY = (from.y + to.y) / 2;

    return { turnY, label: { x: (from.x + to.x) / 2, y: turnY }, align: 'center' };
  }
  const turnY = Math.min(from.y + LANE_TURN, (from.y + to.y) / 2);
  const label = { x: to.x, y: Math.min(turnY + LANE_LABEL_DROP, to.y - 12) };

  return { turnY, label, align: to.x < from.x ? 'before' : 'after' };
}

function handles(ends: EdgeEnds): { from: XY; to: XY } {
  const { source, target } = ends;

  return {
    from: { x: source.x + source.width / 2, y: source.y + source.height },
    to: { x: target.x + target.width / 2, y: target.y },
  };
}

/**
 * The right-angled route React Flow's smooth-step edge takes from the bottom of the source to
 * the top of the target: down to the turn, across, down.
 */
export function edgeRoute(ends: EdgeEnds): XY[] {
  const { from, to } = handles(ends);
  const { turnY } = edgeGeometry(from, to, ends.lane);

  return [from, { x: from.x, y: turnY }, { x: to.x, y: turnY }, to];
}

function distanceToSegment(point: XY, a: XY, b: XY): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const along =
    lengthSquared === 0 ? 0 : ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared;
  const clamped = Math.max(0, Math.min(1, along));

  return Math.hypot(point.x - (a.x + clamped * dx), point.y - (a.y + clamped * dy));
}

/** Distance from a point to an edge's route, or to its midpoint (where its label sits). */
export function distanceToEdge(point: XY, ends: EdgeEnds): number {
  const route = edgeRoute(ends);
  const { from, to } = handles(ends);
  const { label } = edgeGeometry(from, to, ends.lane);
  let best = Math.hypot(point.x - label.x, point.y - label.y);
  for (let index = 1; index < route.length; index += 1) {
    const a = route[index - 1];
    const b = route[index];
    if (a && b) best = Math.min(best, distanceToSegment(point, a, b));
  }

  return best;
}

/** The id of the edge nearest to `point` within `maxDistance`, if any. */
export function nearestEdge(
  point: XY,
  edges: readonly EdgeEnds[],
  maxDistance: number,
): string | undefined {
  let bestId: string | undefined;
  let bestDistance = maxDistance;
  for (const ends of edges) {
    const distance = distanceToEdge(point, ends);
    if (distance <= bestDistance) {
      bestDistance = distance;
      bestId = ends.id;
    }
  }

  return bestId;
}
