import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import './diagram.css';
import '../flows/i18n.ts';
import { useMemo } from 'react';
import type { FlowDefinition, FlowLayout, ValidationIssue } from '@baton/schemas';
import { useFlowsT } from '../flows/i18n.ts';
import { useLocale } from '../i18n/index.ts';
import { emptyOrg, type OrgInfo } from './approver-summary.ts';
import { CanvasContext, type CanvasServices } from './canvas-context.ts';
import { useDiagramT } from './diagram-i18n.ts';
import { DiagramLegend } from './DiagramLegend.tsx';
import { edgeTypes } from './edges/FlowEdgeView.tsx';
import { nodeTypes } from './nodes/node-types.ts';
import { runStates, trailOfRound, type RunState, type TrailStep } from './run-path.ts';
import { useFlowAriaLabels } from './use-flow-aria-labels.ts';
import { toCanvasEdges, toCanvasNodes, type CanvasEdge, type CanvasNode } from './to-react-flow.ts';

export type FlowDiagramProps = {
  readonly flow: FlowDefinition;
  readonly layout: FlowLayout;
  /**
   * The path a request took, over all its rounds: only the entries of `round` (default: the
   * latest round the entries record) are drawn.
   */
  readonly trail?: readonly TrailStep[];
  /** The request's current submission round. */
  readonly round?: number;
  /** Nodes waiting now (open tasks): outlined and pulsing. */
  readonly activeNodeIds?: readonly string[];
  /** Steps rejected in the current round: drawn red. */
  readonly rejectedNodeIds?: readonly string[];
  readonly issues?: readonly ValidationIssue[];
  /** Names roles and users in approver summaries; ids are shown without it. */
  readonly org?: OrgInfo;
};

const noIssues: readonly ValidationIssue[] = [];

/** Arrow colours per run state; the stroke colours live in diagram.css. */
const MARKER_COLOR: Readonly<Record<RunState, string>> = {
  passed: '#16a34a',
  active: '#1677ff',
  rejected: '#dc2626',
};

function withState<T extends CanvasNode | CanvasEdge>(item: T, state: RunState, label: string): T {
  return {
    ...item,
    className: `baton-run--${state}`,
    ariaLabel: `${item.ariaLabel ?? item.id} (${label})`,
    domAttributes: { 'data-run-state': state },
  };
}

/**
 * A read-only picture of a flow for the request page: the same node shapes as the designer,
 * with the current round's path drawn by run state (passed green, in progress outlined,
 * rejected red; each also named in the node's accessible label) and a legend under it. No
 * editing, no selection.
 */
export function FlowDiagram(props: FlowDiagramProps) {
  const { flow, layout, trail, round, issues = noIssues, org = emptyOrg } = props;
  const { activeNodeIds, rejectedNodeIds } = props;
  const t = useFlowsT();
  const td = useDiagramT();
  const ariaLabels = useFlowAriaLabels();
  const locale = useLocale();
  const services = useMemo<CanvasServices>(() => ({ readOnly: true, org }), [org]);
  const showsRun = trail !== undefined || activeNodeIds !== undefined;
  const { nodes, edges } = useMemo(() => {
    const bundle = { flow, layout, form: { schemaVersion: 1 as const, fields: [] } };
    const decorations = { locale, issues, readOnly: true };
    const states = runStates({
      flow,
      trail: trailOfRound(trail ?? [], round),
      ...(activeNodeIds ? { activeNodeIds } : {}),
      ...(rejectedNodeIds ? { rejectedNodeIds } : {}),
    });
    const label = (state: RunState) => td(`runState.${state}`);

    return {
      nodes: toCanvasNodes(bundle, decorations).map((node) => {
        const state = states.nodes.get(node.id);

        return state ? withState(node, state, label(state)) : node;
      }),
      edges: toCanvasEdges(bundle, decorations).map((edge) => {
        const state = states.edges.get(edge.id);
        if (!state) return edge;
        const markerEnd = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

        return {
          ...withState(edge, state, label(state)),
          markerEnd: { ...markerEnd, color: MARKER_COLOR[state] },
        };
      }),
    };
  }, [flow, layout, trail, round, activeNodeIds, rejectedNodeIds, issues, locale, td]);

  return (
    <CanvasContext.Provider value={services}>
      <ReactFlowProvider>
        <div className="baton-diagram" role="figure" aria-label={t('canvas.label')}>
          <ReactFlow<CanvasNode, CanvasEdge>
            ariaLabelConfig={ariaLabels}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            edgesFocusable={false}
            deleteKeyCode={null}
            fitView
            // Readable text first: a tall flow is panned rather than shrunk past legibility.
            fitViewOptions={{ padding: 0.1, maxZoom: 1, minZoom: 0.55 }}
            minZoom={0.2}
          >
            <Background gap={20} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </div>
        {showsRun && <DiagramLegend />}
      </ReactFlowProvider>
    </CanvasContext.Provider>
  );
}

export default FlowDiagram;
