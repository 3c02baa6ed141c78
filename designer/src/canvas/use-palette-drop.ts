import type { DragEndEvent, DragMoveEvent, DragStartEvent } from '@dnd-kit/core';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useState, type RefObject } from 'react';
import type { FlowBundle, Point } from '@baton/schemas';
import { nearestEdge, type Box, type XY } from './edge-hit-test.ts';
import { isPaletteDrag } from './Palette.tsx';
import type { CanvasEdge, CanvasNode } from './to-react-flow.ts';

/** How close (in screen pixels) the pointer must come to an edge to drop on it. */
const DROP_RADIUS = 40;
/** Half the size of a step card, so a dropped step is centred on the pointer. */
const HALF_STEP = { x: 100, y: 36 };

function pointerOf(event: DragMoveEvent | DragEndEvent): XY | undefined {
  const start = event.activatorEvent;
  if (!(start instanceof MouseEvent)) return undefined;

  return { x: start.clientX + event.delta.x, y: start.clientY + event.delta.y };
}

function inside(element: HTMLElement | null, point: XY): boolean {
  const rect = element?.getBoundingClientRect();

  return (
    !!rect &&
    point.x >= rect.left &&
    point.x <= rect.right &&
    point.y >= rect.top &&
    point.y <= rect.bottom
  );
}

/**
 * Palette drags over the canvas: finds the edge under the pointer (highlighted while dragging)
 * and, on drop, calls `onDrop` with the kind, the edge and the drop position in flow units.
 */
export function usePaletteDrop(options: {
  bundle: FlowBundle;
  container: RefObject<HTMLElement | null>;
  onDrop: (type: string, edgeId: string | undefined, position: Point) => void;
}) {
  const { bundle, container, onDrop } = options;
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const [dragType, setDragType] = useState<string>();
  const [dropEdgeId, setDropEdgeId] = useState<string>();

  const hitTest = useCallback(
    (client: XY) => {
      const point = flow.screenToFlowPosition(client);
      if (!inside(container.current, client)) return { point, edgeId: undefined };
      const box = (id: string): Box | undefined => {
        const node = flow.getInternalNode(id);
        if (!node) return undefined;
        const { x, y } = node.internals.positionAbsolute;

        return { x, y, width: node.measured.width ?? 200, height: node.measured.height ?? 60 };
      };
      const ends = bundle.flow.edges.flatMap((edge) => {
        const source = box(edge.source);
        const target = box(edge.target);
        const lane = bundle.flow.edges.filter((other) => other.source === edge.source).length > 1;

        return source && target ? [{ id: edge.id, source, target, lane }] : [];
      });

      return { point, edgeId: nearestEdge(point, ends, DROP_RADIUS / flow.getZoom()) };
    },
    [bundle, container, flow],
  );

  const reset = useCallback(() => {
    setDragType(undefined);
    setDropEdgeId(undefined);
  }, []);

  const handlers = {
    onDragStart(event: DragStartEvent) {
      const data = event.active.data.current;
      if (isPaletteDrag(data)) setDragType(data.paletteType);
    },
    onDragMove(event: DragMoveEvent) {
      const client = pointerOf(event);
      if (dragType && client) setDropEdgeId(hitTest(client).edgeId);
    },
    onDragEnd(event: DragEndEvent) {
      const client = pointerOf(event);
      if (dragType && client && inside(container.current, client)) {
        const { point, edgeId } = hitTest(client);
        onDrop(dragType, edgeId, { x: point.x - HALF_STEP.x, y: point.y - HALF_STEP.y });
      }
      reset();
    },
    onDragCancel: reset,
  };

  return { dragType, dropEdgeId, handlers };
}
