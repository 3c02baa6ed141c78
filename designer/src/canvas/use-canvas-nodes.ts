import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { CanvasNode } from './to-react-flow.ts';
import type { Selection } from './selection.ts';

/** Keeps React Flow's measured sizes when nodes are rebuilt from a new bundle. */
function keepMeasured(next: CanvasNode[], previous: CanvasNode[]): CanvasNode[] {
  const measured = new Map(previous.map((node) => [node.id, node.measured]));

  return next.map((node) => {
    const size = measured.get(node.id);

    return size ? { ...node, measured: size } : node;
  });
}

/**
 * Local React Flow nodes: rebuilt from the bundle whenever it changes, moved locally while the
 * user drags (the move becomes a command on drag stop), selection reported to the page.
 */
export function useCanvasNodes(
  derived: CanvasNode[],
  onSelect: (selection: Selection | null) => void,
) {
  const [nodes, setNodes] = useState(derived);
  useEffect(() => setNodes((previous) => keepMeasured(derived, previous)), [derived]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const local = changes.filter(
        (change) => change.type === 'position' || change.type === 'dimensions',
      );
      if (local.length > 0) setNodes((previous) => applyNodeChanges(local, previous));
      const picked = changes.find((change) => change.type === 'select' && change.selected);
      if (picked && picked.type === 'select') onSelect({ kind: 'node', id: picked.id });
    },
    [onSelect],
  );

  return { nodes, onNodesChange };
}
