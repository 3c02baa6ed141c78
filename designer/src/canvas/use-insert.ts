import { useCallback } from 'react';
import type { FlowBundle, Point } from '@baton/schemas';
import { insertCommand } from './insert-choices.ts';
import type { RunCommand, Selection } from './selection.ts';

/**
 * Inserts a kind on an edge through a command and selects the first new node, so the property
 * panel opens on it (the approval in an inserted step, the split of an inserted block).
 */
export function useInsert(options: {
  bundle: FlowBundle;
  run: RunCommand;
  onSelect: (selection: Selection | null) => void;
}) {
  const { bundle, run, onSelect } = options;

  return useCallback(
    (type: string, edgeId: string, position?: Point) => {
      const before = new Set(bundle.flow.nodes.map((node) => node.id));
      const command = insertCommand(position ? { type, edgeId, position } : { type, edgeId });
      const next = run(command);
      const added = next?.flow.nodes.find((node) => !before.has(node.id));
      if (added) onSelect({ kind: 'node', id: added.id });
    },
    [bundle, run, onSelect],
  );
}
