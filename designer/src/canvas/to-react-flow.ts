import { MarkerType, type Edge, type Node } from '@xyflow/react';
import {
  getNodeKind,
  resolveText,
  type FlowBundle,
  type FlowEdge,
  type FlowNode,
  type Locale,
  type ValidationIssue,
} from '@baton/schemas';
import { shapeOf, type NodeShape } from './insert-choices.ts';

/** How a run went through a node or an edge (request page). */
export type PathState = 'visited' | 'active';

export type FlowNodeData = {
  readonly node: FlowNode;
  readonly kindLabel: string;
  readonly issues: readonly ValidationIssue[];
  readonly pathState?: PathState;
};

export type FlowEdgeData = {
  readonly edge: FlowEdge;
  readonly sourceName: string;
  readonly targetName: string;
  readonly issues: readonly ValidationIssue[];
  readonly highlighted: boolean;
  /** One of several edges leaving the same node (a branch lane). */
  readonly lane: boolean;
  readonly pathState?: PathState;
};

export type CanvasNode = Node<FlowNodeData, NodeShape>;
export type CanvasEdge = Edge<FlowEdgeData, 'flow'>;

export type Decorations = {
  readonly locale: Locale;
  readonly issues: readonly ValidationIssue[];
  readonly selectedId?: string | undefined;
  readonly highlightedEdgeId?: string | undefined;
  readonly visitedNodeIds?: ReadonlySet<string>;
  readonly visitedEdgeIds?: ReadonlySet<string>;
  readonly activeNodeIds?: ReadonlySet<string>;
  readonly readOnly?: boolean;
  /** Words added to a node's accessible name for its run state, e.g. "已经过" / "In progress". */
  readonly stateLabels?: Readonly<Record<PathState, string>>;
};

function pathState(id: string, visited?: ReadonlySet<string>, active?: ReadonlySet<string>) {
  if (active?.has(id)) return { pathState: 'active' as const };

  return visited?.has(id) ? { pathState: 'visited' as const } : {};
}

/** React Flow nodes for a bundle: positions from the layout, data for the node components. */
export function toCanvasNodes(bundle: FlowBundle, decorations: Decorations): CanvasNode[] {
  const { locale, issues, selectedId, readOnly = false } = decorations;

  return bundle.flow.nodes.map((node, index) => {
    const kind = getNodeKind(node.type);
    const kindLabel = kind ? resolveText(kind.label, locale) : node.type;
    const position = bundle.layout.positions[node.id] ?? { x: 0, y: index * 120 };
    const state = pathState(node.id, decorations.visitedNodeIds, decorations.activeNodeIds);
    const stateLabel = state.pathState ? decorations.stateLabels?.[state.pathState] : undefined;
    const name = `${kindLabel}${locale === 'en' ? ': ' : '：'}${resolveText(node.name, locale)}`;

    return {
      id: node.id,
      type: shapeOf(node.type),
      position,
      selected: node.id === selectedId,
      deletable: !readOnly && !kind?.capabilities.isStart,
      ariaLabel: stateLabel ? `${name} (${stateLabel})` : name,
      data: {
        node,
        kindLabel,
        issues: issues.filter((issue) => issue.nodeId === node.id),
        ...state,
      },
    };
  });
}

export function toCanvasEdges(bundle: FlowBundle, decorations: Decorations): CanvasEdge[] {
  const { locale, issues, selectedId, highlightedEdgeId, readOnly = false } = decorations;
  const names = new Map(bundle.flow.nodes.map((node) => [node.id, resolveText(node.name, locale)]));
  const outgoing = new Map<string, number>();
  for (const edge of bundle.flow.edges)
    outgoing.set(edge.source, (outgoing.get(edge.source) ?? 0) + 1);

  return bundle.flow.edges.map((edge) => ({
    id: edge.id,
    type: 'flow',
    source: edge.source,
    target: edge.target,
    selected: edge.id === selectedId,
    deletable: !readOnly,
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    ariaLabel: `${names.get(edge.source) ?? edge.source} → ${names.get(edge.target) ?? edge.target}`,
    data: {
      edge,
      sourceName: names.get(edge.source) ?? edge.source,
      targetName: names.get(edge.target) ?? edge.target,
      issues: issues.filter((issue) => issue.edgeId === edge.id),
      highlighted: edge.id === highlightedEdgeId,
      lane: (outgoing.get(edge.source) ?? 0) > 1,
      ...pathState(edge.id, decorations.visitedEdgeIds),
    },
  }));
}
