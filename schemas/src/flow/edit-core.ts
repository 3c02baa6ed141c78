import { errorFactory, type ErrorMessages } from '../errors.ts';
import type { I18nText } from '../i18n.ts';
import type { FlowBundle } from './bundle.ts';
import type { FlowEdge, FlowLayout, FlowNode } from './flow.ts';
import { MAX_COORDINATE } from './limits.ts';
import { getNodeKind } from './node-kinds.ts';

/**
 * One named edit of a bundle. `apply` is pure: it returns a new bundle (sharing unchanged parts)
 * and never mutates its input; it throws a `BatonError` (codes in `flowEditMessages` or
 * `connectionRuleMessages`) when the edit does not fit the bundle, e.g. the edge is gone.
 * Undo and redo keep the bundles before and after (see `createHistory`), so reverting is exact.
 */
export type FlowCommand = {
  readonly name: string;
  apply(bundle: FlowBundle): FlowBundle;
};

/**
 * Makes a new id from a prefix (a node kind such as `approval`) that is not in `taken`.
 * Injected so that tests and callers control ids; the default is `sequentialId`.
 */
export type IdFactory = (prefix: string, taken: ReadonlySet<string>) => string;

export type Point = { readonly x: number; readonly y: number };

/** A node to create: its name and config default to the kind's label and config defaults. */
export type NewNode = {
  readonly type: string;
  readonly name?: I18nText;
  readonly config?: Record<string, unknown>;
};

/** Rows and lanes of the canvas, as in the templates' top-to-bottom layout. */
export const LAYOUT_ROW = 200;
export const LAYOUT_LANE = 260;

export const flowEditMessages = {
  'edit.unknown-node': {
    kind: 'user',
    'zh-CN': '节点 {nodeId} 不存在',
    en: 'Node {nodeId} does not exist',
  },
  'edit.unknown-edge': {
    kind: 'user',
    'zh-CN': '连线 {edgeId} 不存在',
    en: 'Edge {edgeId} does not exist',
  },
  'edit.unknown-kind': {
    kind: 'user',
    'zh-CN': '未知的节点类型 {type}',
    en: 'Unknown node kind {type}',
  },
  'edit.not-insertable': {
    kind: 'user',
    'zh-CN': '{type} 类型的节点不能插入到连线上',
    en: 'A node of kind {type} cannot be inserted on an edge',
  },
  'edit.unknown-field': {
    kind: 'user',
    'zh-CN': '字段 {key} 不存在',
    en: 'Field {key} does not exist',
  },
  'edit.duplicate-field': {
    kind: 'user',
    'zh-CN': '字段标识 {key} 已被使用',
    en: 'The field key {key} is already used',
  },
  'edit.field-not-editable': {
    kind: 'user',
    'zh-CN': '字段 {key} 由系统计算或只用于展示，任何步骤都不能编辑',
    en: 'Field {key} is computed or only shows text: no step can edit it',
  },
} as const satisfies ErrorMessages;

/** @internal */
export const editError = errorFactory(flowEditMessages);

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** `approval-1`, `approval-2`, …: the first free number for the prefix. */
export const sequentialId: IdFactory = (prefix, taken) => {
  const base = ID_PATTERN.test(`${prefix}-1`) ? prefix : 'node';
  let counter = 1;
  while (taken.has(`${base}-${counter}`)) counter += 1;

  return `${base}-${counter}`;
};

/** @internal Every node and edge id of the bundle: new ids avoid both. */
export function takenIds(bundle: FlowBundle): Set<string> {
  const ids = new Set<string>();
  for (const node of bundle.flow.nodes) ids.add(node.id);
  for (const edge of bundle.flow.edges) ids.add(edge.id);

  return ids;
}

/** @internal */
export function newEdgeId(ids: IdFactory, taken: Set<string>, ends: [string, string]): string {
  const preferred = `e-${ends[0]}-${ends[1]}`;
  const id = ID_PATTERN.test(preferred) && !taken.has(preferred) ? preferred : ids('e', taken);
  taken.add(id);

  return id;
}

/** @internal */
export function requireNode(bundle: FlowBundle, nodeId: string): FlowNode {
  const node = bundle.flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) throw editError('edit.unknown-node', { nodeId });

  return node;
}

/** @internal */
export function requireEdge(bundle: FlowBundle, edgeId: string): FlowEdge {
  const edge = bundle.flow.edges.find((candidate) => candidate.id === edgeId);
  if (!edge) throw editError('edit.unknown-edge', { edgeId });

  return edge;
}

/** @internal Builds a node of a registered kind with its default config and label. */
export function createNode(spec: NewNode, id: string): FlowNode {
  const kind = getNodeKind(spec.type);
  if (!kind) throw editError('edit.unknown-kind', { type: spec.type });
  const defaults = kind.config.safeParse({});
  const config = { ...(defaults.success ? defaults.data : {}), ...spec.config };

  return { id, type: spec.type, name: spec.name ?? kind.label, config };
}

function bounded(value: number): number {
  if (!Number.isFinite(value)) return 0;

  return Math.min(MAX_COORDINATE, Math.max(-MAX_COORDINATE, value));
}

/**
 * @internal A point the layout accepts (`FlowLayout`): each coordinate held within a million of
 * the origin, a non-finite one put at 0, so no command writes a position the checker refuses.
 */
export function boundedPoint(point: Point): Point {
  return { x: bounded(point.x), y: bounded(point.y) };
}

/** @internal */
export function positionOf(layout: FlowLayout, nodeId: string): Point {
  return layout.positions[nodeId] ?? { x: 0, y: 0 };
}

/** @internal Returns a copy of the bundle with `flow` fields replaced. */
export function withFlow(
  bundle: FlowBundle,
  patch: Partial<Pick<FlowBundle['flow'], 'nodes' | 'edges'>>,
): FlowBundle {
  return { ...bundle, flow: { ...bundle.flow, ...patch } };
}

/** @internal Nodes reachable from `start` along edges, `start` included, `stop` excluded. */
export function downstream(
  bundle: FlowBundle,
  start: string,
  stop: ReadonlySet<string>,
): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === undefined || seen.has(current) || stop.has(current)) continue;
    seen.add(current);
    for (const edge of bundle.flow.edges) if (edge.source === current) queue.push(edge.target);
  }

  return seen;
}

/**
 * @internal Shifts `target` and the nodes after it down so that `target` sits at least at
 * `minY`: inserted nodes get a row of their own instead of covering their neighbours. With
 * `fromY`, nodes above that row stay where they are.
 */
export function makeRoom(
  bundle: FlowBundle,
  options: { target: string; minY: number; keep: ReadonlySet<string>; fromY?: number },
): FlowBundle {
  const current = bundle.layout.positions[options.target];
  if (!current || current.y >= options.minY) return bundle;
  const shift = options.minY - current.y;
  const fromY = options.fromY ?? -Infinity;
  const moved = downstream(bundle, options.target, options.keep);
  const positions = { ...bundle.layout.positions };
  for (const id of moved) {
    const position = positions[id];
    if (position && position.y >= fromY)
      positions[id] = boundedPoint({ x: position.x, y: position.y + shift });
  }

  return { ...bundle, layout: { ...bundle.layout, positions } };
}

/**
 * @internal Where a node inserted on the edge `source → target` goes when the caller gives no
 * position: one row below the source, in the source's lane, or for a branch in the lane of the
 * edge among its siblings (as the templates lay branches out).
 */
export function slotBelow(bundle: FlowBundle, ends: { source: string; target: string }): Point {
  const from = positionOf(bundle.layout, ends.source);
  const siblings = bundle.flow.edges.filter((edge) => edge.source === ends.source);
  const lane = siblings.findIndex((edge) => edge.target === ends.target);
  const offset = siblings.length > 1 && lane >= 0 ? lane - (siblings.length - 1) / 2 : 0;

  return { x: from.x + offset * LAYOUT_LANE, y: from.y + LAYOUT_ROW };
}

/**
 * @internal Where a node inserted on the edge goes. A point within the edge's reach (the box of
 * its two ends, widened by a lane and a row) is a drop on the edge, not a place: the node goes
 * into `slotBelow`, so a drop on the middle of an edge that crosses lanes does not put the card
 * on a neighbouring lane's line. A point outside that reach is the caller's own place, kept.
 */
export function placeOnEdge(
  bundle: FlowBundle,
  ends: { source: string; target: string },
  point: Point | undefined,
): Point {
  if (point === undefined) return slotBelow(bundle, ends);
  const from = positionOf(bundle.layout, ends.source);
  const to = positionOf(bundle.layout, ends.target);
  const withinX =
    point.x >= Math.min(from.x, to.x) - LAYOUT_LANE &&
    point.x <= Math.max(from.x, to.x) + LAYOUT_LANE;
  const withinY =
    point.y >= Math.min(from.y, to.y) - LAYOUT_ROW &&
    point.y <= Math.max(from.y, to.y) + LAYOUT_ROW;

  return withinX && withinY ? slotBelow(bundle, ends) : point;
}
