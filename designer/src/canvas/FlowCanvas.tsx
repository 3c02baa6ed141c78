import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  type Connection,
  type EdgeChange,
  type OnDelete,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { App } from 'antd';
import { useCallback, useMemo, useRef } from 'react';
import {
  canConnect,
  composite,
  connect,
  disconnect,
  moveNodes,
  removeNode,
  type FlowBundle,
  type Point,
  type ValidationIssue,
} from '@baton/schemas';
import { useFlowsT } from '../flows/i18n.ts';
import { useLocale } from '../i18n/index.ts';
import type { OrgInfo } from './approver-summary.ts';
import { CanvasContext, type CanvasServices } from './canvas-context.ts';
import { edgeTypes } from './edges/FlowEdgeView.tsx';
import { nodeTypes } from './nodes/node-types.ts';
import { Palette, PaletteGhost, usePaletteAnnouncements } from './Palette.tsx';
import type { RunCommand, Selection } from './selection.ts';
import { useFlowAriaLabels } from './use-flow-aria-labels.ts';
import { toCanvasEdges, toCanvasNodes, type CanvasEdge, type CanvasNode } from './to-react-flow.ts';
import { useCanvasNodes } from './use-canvas-nodes.ts';
import { useInsert } from './use-insert.ts';
import { usePaletteDrop } from './use-palette-drop.ts';

export type FlowCanvasProps = {
  readonly bundle: FlowBundle;
  readonly issues: readonly ValidationIssue[];
  readonly selection: Selection | null;
  readonly onSelect: (selection: Selection | null) => void;
  readonly run: RunCommand;
  readonly org: OrgInfo;
};

/**
 * The editable canvas: the palette, the flow, drops on edges, "+" menus, connections, moves and
 * deletions. Every change goes through `run` as an edit command; nothing is edited in place.
 */
export function FlowCanvas(props: FlowCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasBody {...props} />
    </ReactFlowProvider>
  );
}

function CanvasBody({ bundle, issues, selection, onSelect, run, org }: FlowCanvasProps) {
  const t = useFlowsT();
  const locale = useLocale();
  const { message } = App.useApp();
  const container = useRef<HTMLDivElement>(null);
  const insert = useInsert({ bundle, run, onSelect });
  const onDrop = useCallback(
    (type: string, edgeId: string | undefined, position: Point) => {
      if (edgeId) insert(type, edgeId, position);
      else void message.info(t('palette.dropOnEdge'));
    },
    [insert, message, t],
  );
  const drop = usePaletteDrop({ bundle, container, onDrop });
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const accessibility = usePaletteAnnouncements();
  const ariaLabels = useFlowAriaLabels();

  const selectedId = selection?.id;
  const derivedNodes = useMemo(
    () => toCanvasNodes(bundle, { locale, issues, selectedId }),
    [bundle, locale, issues, selectedId],
  );
  const edges = useMemo(
    () => toCanvasEdges(bundle, { locale, issues, selectedId, highlightedEdgeId: drop.dropEdgeId }),
    [bundle, locale, issues, selectedId, drop.dropEdgeId],
  );
  const { nodes, onNodesChange } = useCanvasNodes(derivedNodes, onSelect);
  const handlers = useFlowHandlers({ bundle, run, onSelect });
  const services = useMemo<CanvasServices>(
    () => ({
      readOnly: false,
      org,
      form: bundle.form,
      onInsert: (edgeId, type) => insert(type, edgeId),
      onSelectEdge: (edgeId) => onSelect({ kind: 'edge', id: edgeId }),
    }),
    [org, bundle.form, insert, onSelect],
  );

  return (
    <CanvasContext.Provider value={services}>
      <DndContext sensors={sensors} accessibility={accessibility} {...drop.handlers}>
        <div className="baton-canvas">
          <Palette />
          <div
            className={`baton-canvas__flow${drop.dragType ? ' is-dragging' : ''}`}
            ref={container}
            aria-label={t('canvas.label')}
          >
            <ReactFlow<CanvasNode, CanvasEdge>
              ariaLabelConfig={ariaLabels}
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onPaneClick={() => onSelect(null)}
              deleteKeyCode={['Backspace', 'Delete']}
              minZoom={0.3}
              fitView
              fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
              {...handlers}
            >
              <Background gap={20} />
              <Controls showInteractive={false} />
            </ReactFlow>
          </div>
        </div>
        <DragOverlay dropAnimation={null}>
          {drop.dragType ? <PaletteGhost type={drop.dragType} /> : null}
        </DragOverlay>
      </DndContext>
    </CanvasContext.Provider>
  );
}

/** Connections, moves, deletions and edge selection, each as a command. */
function useFlowHandlers(options: {
  bundle: FlowBundle;
  run: RunCommand;
  onSelect: (selection: Selection | null) => void;
}) {
  const { bundle, run, onSelect } = options;

  return useMemo(
    () => ({
      isValidConnection: (connection: Connection | CanvasEdge) =>
        canConnect(bundle.flow, { source: connection.source, target: connection.target }).ok,
      onConnect: (connection: Connection) =>
        void run(connect({ source: connection.source, target: connection.target })),
      onNodeDragStop: (_event: unknown, _node: CanvasNode, moved: CanvasNode[]) => {
        const positions = Object.fromEntries(moved.map((node) => [node.id, node.position]));
        run(moveNodes({ positions }));
      },
      onEdgesChange: (changes: EdgeChange<CanvasEdge>[]) => {
        const picked = changes.find((change) => change.type === 'select' && change.selected);
        if (picked && picked.type === 'select') onSelect({ kind: 'edge', id: picked.id });
      },
      onDelete: (({ nodes, edges }) => {
        const removed = new Set(nodes.map((node) => node.id));
        const commands = [
          ...nodes.map((node) => removeNode({ nodeId: node.id })),
          ...edges
            .filter((edge) => !removed.has(edge.source) && !removed.has(edge.target))
            .map((edge) => disconnect({ edgeId: edge.id })),
        ];
        if (commands.length > 0 && run(composite({ name: 'deleteSelection', commands })))
          onSelect(null);
      }) satisfies OnDelete<CanvasNode, CanvasEdge>,
    }),
    [bundle, run, onSelect],
  );
}
