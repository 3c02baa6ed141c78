import type { FlowBundle } from './bundle.ts';
import {
  boundedPoint,
  createNode,
  LAYOUT_LANE,
  LAYOUT_ROW,
  makeRoom,
  newEdgeId,
  requireEdge,
  sequentialId,
  slotBelow,
  takenIds,
  type FlowCommand,
  type IdFactory,
  type Point,
} from './edit-core.ts';
import type { FlowEdge, FlowNode } from './flow.ts';

type BlockOptions = { edgeId: string; position?: Point; ids?: IdFactory };

/** What a block adds: its nodes with positions, its edges, and where the old edge now ends. */
type Block = {
  readonly nodes: ReadonlyArray<{ node: FlowNode; position: Point }>;
  readonly edges: readonly FlowEdge[];
  readonly entry: string;
  readonly rows: number;
};

type BlockBuilder = (context: {
  readonly at: Point;
  readonly exit: string;
  readonly newNode: (type: string) => FlowNode;
  readonly newEdge: (source: string, target: string, extra?: Partial<FlowEdge>) => FlowEdge;
}) => Block;

function blockCommand(name: string, options: BlockOptions, build: BlockBuilder): FlowCommand {
  const ids = options.ids ?? sequentialId;

  return {
    name,
    apply(bundle) {
      const edge = requireEdge(bundle, options.edgeId);
      const taken = takenIds(bundle);
      const block = build({
        at: options.position ?? slotBelow(bundle, edge),
        exit: edge.target,
        newNode(type) {
          const node = createNode({ type }, ids(type, taken));
          taken.add(node.id);

          return node;
        },
        newEdge: (source, target, extra = {}) => ({
          ...extra,
          id: newEdgeId(ids, taken, [source, target]),
          source,
          target,
        }),
      });

      return placeBlock(bundle, { edge, block });
    },
  };
}

function placeBlock(bundle: FlowBundle, options: { edge: FlowEdge; block: Block }): FlowBundle {
  const { edge, block } = options;
  const edges = bundle.flow.edges.map((item) =>
    item.id === edge.id ? { ...item, target: block.entry } : item,
  );
  const positions = { ...bundle.layout.positions };
  for (const { node, position } of block.nodes) positions[node.id] = boundedPoint(position);
  const next: FlowBundle = {
    ...bundle,
    flow: {
      ...bundle.flow,
      nodes: [...bundle.flow.nodes, ...block.nodes.map(({ node }) => node)],
      edges: [...edges, ...block.edges],
    },
    layout: { ...bundle.layout, positions },
  };
  const top = block.nodes[0]?.position.y ?? 0;

  return makeRoom(next, {
    target: edge.target,
    minY: top + block.rows * LAYOUT_ROW,
    keep: new Set([edge.source, ...block.nodes.map(({ node }) => node.id)]),
  });
}

/**
 * Replaces an edge with a condition branch: `source → branch`, then a conditional lane
 * `branch → approval → target` (priority 1, condition still to be written) and the default lane
 * `branch → target`. The checker flags the empty condition until the user fills it in.
 */
export function addExclusiveBlock(options: BlockOptions): FlowCommand {
  return blockCommand('addExclusiveBlock', options, ({ at, exit, newNode, newEdge }) => {
    const split = newNode('exclusive');
    const step = newNode('approval');

    return {
      entry: split.id,
      rows: 2,
      nodes: [
        { node: split, position: at },
        { node: step, position: { x: at.x - LAYOUT_LANE / 2, y: at.y + LAYOUT_ROW } },
      ],
      edges: [
        newEdge(split.id, step.id, { priority: 1 }),
        newEdge(step.id, exit),
        newEdge(split.id, exit, { isDefault: true }),
      ],
    };
  });
}

/**
 * Replaces an edge with a parallel block: `source → split`, two lanes each with an approval,
 * then `join → target`. Adding a split always adds the join that closes it.
 */
export function addParallelBlock(options: BlockOptions): FlowCommand {
  return blockCommand('addParallelBlock', options, ({ at, exit, newNode, newEdge }) => {
    const split = newNode('parallel');
    const left = newNode('approval');
    const right = newNode('approval');
    const join = newNode('join');
    const lane = (offset: number) => ({ x: at.x + offset * LAYOUT_LANE, y: at.y + LAYOUT_ROW });

    return {
      entry: split.id,
      rows: 3,
      nodes: [
        { node: split, position: at },
        { node: left, position: lane(-0.5) },
        { node: right, position: lane(0.5) },
        { node: join, position: { x: at.x, y: at.y + 2 * LAYOUT_ROW } },
      ],
      edges: [
        newEdge(split.id, left.id),
        newEdge(split.id, right.id),
        newEdge(left.id, join.id),
        newEdge(right.id, join.id),
        newEdge(join.id, exit),
      ],
    };
  });
}
