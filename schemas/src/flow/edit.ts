import type { I18nText } from '../i18n.ts';
import type { FlowBundle } from './bundle.ts';
import {
  createNode,
  editError,
  LAYOUT_ROW,
  makeRoom,
  newEdgeId,
  requireEdge,
  requireNode,
  boundedPoint,
  sequentialId,
  placeOnEdge,
  takenIds,
  withFlow,
  type FlowCommand,
  type IdFactory,
  type NewNode,
  type Point,
} from './edit-core.ts';
import { dropNodeAccess } from './edit-access.ts';
import type { FlowEdge } from './flow.ts';
import { getNodeKind } from './node-kinds.ts';

export {
  flowEditMessages,
  LAYOUT_LANE,
  LAYOUT_ROW,
  sequentialId,
  type FlowCommand,
  type IdFactory,
  type NewNode,
  type Point,
} from './edit-core.ts';
export { addExclusiveBlock, addParallelBlock } from './edit-blocks.ts';
export { connect, disconnect, updateEdge, type EdgePatch } from './edit-edges.ts';
export { addField, moveField, removeField, updateField } from './edit-form.ts';
export { setFieldAccess } from './edit-access.ts';
export { updateFlowPolicies, type PoliciesPatch } from './edit-policies.ts';
export * from './edit-history.ts';
export * from './connection-rules.ts';

/**
 * Puts a new node in the middle of an edge: `source → target` becomes `source → node → target`.
 * The edge keeps its id and its condition, priority and default flag (they belong to the branch
 * it leaves); the second half is a new plain edge. The node goes one row below the source, in
 * the source's lane (a branch's lane for an edge leaving a branch), also when `position` is a
 * drop on the edge (see `placeOnEdge`): the middle of an edge that crosses lanes would put the
 * card on a neighbouring lane's line. A `position` away from the edge is kept. The edge's target
 * and the nodes after it at or below the new node's row are pushed down to make room.
 */
export function insertNodeOnEdge(options: {
  edgeId: string;
  node: NewNode;
  position?: Point;
  ids?: IdFactory;
}): FlowCommand {
  const ids = options.ids ?? sequentialId;

  return {
    name: 'insertNodeOnEdge',
    apply(bundle) {
      const edge = requireEdge(bundle, options.edgeId);
      const kind = getNodeKind(options.node.type);
      if (!kind) throw editError('edit.unknown-kind', { type: options.node.type });
      if (kind.inputs.max < 1 || kind.outputs.max < 1)
        throw editError('edit.not-insertable', { type: options.node.type });

      const taken = takenIds(bundle);
      const node = createNode(options.node, ids(options.node.type, taken));
      taken.add(node.id);
      const tail: FlowEdge = {
        id: newEdgeId(ids, taken, [node.id, edge.target]),
        source: node.id,
        target: edge.target,
      };
      const edges = bundle.flow.edges.map((item) =>
        item.id === edge.id ? { ...item, target: node.id } : item,
      );
      const position = boundedPoint(placeOnEdge(bundle, edge, options.position));
      const next = withFlow(bundle, {
        nodes: [...bundle.flow.nodes, node],
        edges: [...edges, tail],
      });
      const placed = {
        ...next,
        layout: { ...next.layout, positions: { ...next.layout.positions, [node.id]: position } },
      };

      return makeRoom(placed, {
        target: edge.target,
        minY: position.y + LAYOUT_ROW,
        keep: new Set([node.id, edge.source]),
        fromY: position.y,
      });
    },
  };
}

/**
 * Removes a node, its edges, its position and the field access listed for it. A node with exactly one edge in and one edge out
 * is bridged: the incoming edge is re-attached to the outgoing edge's target (unless that would
 * make a self loop or a second edge between the same nodes).
 */
export function removeNode(options: { nodeId: string }): FlowCommand {
  return {
    name: 'removeNode',
    apply(bundle) {
      const node = requireNode(bundle, options.nodeId);
      const bridge = bridgeAround(bundle, node.id);
      const edges = bundle.flow.edges.flatMap((edge) => {
        if (edge.source !== node.id && edge.target !== node.id) return [edge];

        return edge === bridge?.from ? [bridge.edge] : [];
      });
      const positions = { ...bundle.layout.positions };
      delete positions[node.id];
      const nodes = bundle.flow.nodes.filter((item) => item.id !== node.id);
      const flow = dropNodeAccess({ ...bundle.flow, nodes, edges }, node.id);

      return { ...bundle, flow, layout: { ...bundle.layout, positions } };
    },
  };
}

/** The edge that replaces a removed node's two edges, when it has exactly one in and one out. */
function bridgeAround(bundle: FlowBundle, nodeId: string) {
  const incoming = bundle.flow.edges.filter((edge) => edge.target === nodeId);
  const outgoing = bundle.flow.edges.filter((edge) => edge.source === nodeId);
  const [from] = incoming;
  const [to] = outgoing;
  if (incoming.length !== 1 || outgoing.length !== 1 || !from || !to) return undefined;
  const edge = { ...from, target: to.target };
  const clash =
    edge.source === edge.target ||
    bundle.flow.edges.some((other) => other.source === edge.source && other.target === edge.target);

  return clash ? undefined : { from, edge };
}

/**
 * Merges `patch` into a node's config (shallow). A key set to `undefined` is removed, so the
 * kind's default applies again.
 */
export function updateNodeConfig(options: {
  nodeId: string;
  patch: Record<string, unknown>;
}): FlowCommand {
  return {
    name: 'updateNodeConfig',
    apply(bundle) {
      requireNode(bundle, options.nodeId);
      const nodes = bundle.flow.nodes.map((node) => {
        if (node.id !== options.nodeId) return node;
        const config: Record<string, unknown> = { ...node.config };
        for (const [key, value] of Object.entries(options.patch)) {
          if (value === undefined) delete config[key];
          else config[key] = value;
        }

        return { ...node, config };
      });

      return withFlow(bundle, { nodes });
    },
  };
}

export function renameNode(options: { nodeId: string; name: I18nText }): FlowCommand {
  return {
    name: 'renameNode',
    apply(bundle) {
      requireNode(bundle, options.nodeId);
      const nodes = bundle.flow.nodes.map((node) =>
        node.id === options.nodeId ? { ...node, name: options.name } : node,
      );

      return withFlow(bundle, { nodes });
    },
  };
}

/**
 * Moves nodes on the canvas. Layout only: the flow (and so its hash) is untouched. Moving nodes
 * to where they already are returns the same bundle, so the history records nothing. Positions
 * are held within the layout's bounds (a million from the origin; non-finite ones go to 0).
 */
export function moveNodes(options: { positions: Readonly<Record<string, Point>> }): FlowCommand {
  return {
    name: 'moveNodes',
    apply(bundle) {
      const positions = { ...bundle.layout.positions };
      let changed = false;
      for (const [nodeId, position] of Object.entries(options.positions)) {
        requireNode(bundle, nodeId);
        const current = positions[nodeId];
        const next = boundedPoint(position);
        if (current?.x === next.x && current.y === next.y) continue;
        positions[nodeId] = next;
        changed = true;
      }

      return changed ? { ...bundle, layout: { ...bundle.layout, positions } } : bundle;
    },
  };
}

export function moveNode(options: { nodeId: string; position: Point }): FlowCommand {
  return { ...moveNodes({ positions: { [options.nodeId]: options.position } }), name: 'moveNode' };
}

/**
 * Replaces the whole bundle, e.g. with a JSON edit the caller has already parsed with
 * `FlowBundle.safeParse`. Undo brings the previous bundle back.
 */
export function replaceBundle(options: { bundle: FlowBundle; name?: string }): FlowCommand {
  return { name: options.name ?? 'replaceBundle', apply: () => options.bundle };
}

/** Several commands as one undo step, applied in order (e.g. deleting a selection). */
export function composite(options: {
  name: string;
  commands: readonly FlowCommand[];
}): FlowCommand {
  return {
    name: options.name,
    apply: (bundle) =>
      options.commands.reduce((current, command) => command.apply(current), bundle),
  };
}
