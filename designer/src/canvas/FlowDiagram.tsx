import { Background, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import '../flows/i18n.ts';
import { useMemo } from 'react';
import type { FlowDefinition, FlowLayout, ValidationIssue } from '@baton/schemas';
import { useFlowsT } from '../flows/i18n.ts';
import { useLocale } from '../i18n/index.ts';
import { emptyOrg, type OrgInfo } from './approver-summary.ts';
import { CanvasContext, type CanvasServices } from './canvas-context.ts';
import { edgeTypes } from './edges/FlowEdgeView.tsx';
import { nodeTypes } from './nodes/node-types.ts';
import { toCanvasEdges, toCanvasNodes, type CanvasEdge, type CanvasNode } from './to-react-flow.ts';

export type FlowDiagramProps = {
  readonly flow: FlowDefinition;
  readonly layout: FlowLayout;
  /** The path a request took: visited nodes, and the edges it followed where known. */
  readonly trail?: readonly { readonly nodeId: string; readonly edgeId?: string }[];
  /** Nodes waiting now (open tasks): outlined and pulsing. */
  readonly activeNodeIds?: readonly string[];
  readonly issues?: readonly ValidationIssue[];
  /** Names roles and users in approver summaries; ids are shown without it. */
  readonly org?: OrgInfo;
};

const noIssues: readonly ValidationIssue[] = [];

/**
 * A read-only picture of a flow for the request page: the same node shapes as the designer,
 * with the path taken highlighted and the active steps outlined. No editing, no selection.
 */
export function FlowDiagram(props: FlowDiagramProps) {
  const { flow, layout, trail, activeNodeIds, issues = noIssues, org = emptyOrg } = props;
  const t = useFlowsT();
  const locale = useLocale();
  const services = useMemo<CanvasServices>(() => ({ readOnly: true, org }), [org]);
  const { nodes, edges } = useMemo(() => {
    const bundle = { flow, layout, form: { schemaVersion: 1 as const, fields: [] } };
    const decorations = {
      locale,
      issues,
      readOnly: true,
      visitedNodeIds: new Set(trail?.map((step) => step.nodeId)),
      visitedEdgeIds: new Set(trail?.flatMap((step) => (step.edgeId ? [step.edgeId] : []))),
      activeNodeIds: new Set(activeNodeIds),
      stateLabels: { visited: t('canvas.visited'), active: t('canvas.active') },
    };

    return {
      nodes: toCanvasNodes(bundle, decorations),
      edges: toCanvasEdges(bundle, decorations),
    };
  }, [flow, layout, trail, activeNodeIds, issues, locale, t]);

  return (
    <CanvasContext.Provider value={services}>
      <ReactFlowProvider>
        <div className="baton-diagram" role="figure" aria-label={t('canvas.label')}>
          <ReactFlow<CanvasNode, CanvasEdge>
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
            fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
            minZoom={0.2}
          >
            <Background gap={20} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </div>
      </ReactFlowProvider>
    </CanvasContext.Provider>
  );
}

export default FlowDiagram;
