import type { CheckContext } from '../context.ts';

/** Duplicate node and edge ids, and edges whose ends are not nodes of the flow. */
export function checkIdentity(ctx: CheckContext): void {
  const { nodes, edges } = ctx.bundle.flow;
  nodes.forEach((node, position) => {
    if (ctx.index.byId.get(node.id) !== position)
      ctx.atNode(
        position,
        'node.duplicate-id',
        { id: node.id },
        { path: ['flow', 'nodes', position, 'id'] },
      );
  });
  const edgeIds = new Set<string>();
  edges.forEach((edge, at) => {
    if (edgeIds.has(edge.id))
      ctx.atEdge(at, 'edge.duplicate-id', { id: edge.id }, { path: ['flow', 'edges', at, 'id'] });
    edgeIds.add(edge.id);
    if (!ctx.index.byId.has(edge.source)) {
      ctx.atEdge(
        at,
        'edge.missing-source',
        { id: edge.id, ref: edge.source },
        { path: ['flow', 'edges', at, 'source'] },
      );
    }
    if (!ctx.index.byId.has(edge.target)) {
      ctx.atEdge(
        at,
        'edge.missing-target',
        { id: edge.id, ref: edge.target },
        { path: ['flow', 'edges', at, 'target'] },
      );
    }
  });
}
