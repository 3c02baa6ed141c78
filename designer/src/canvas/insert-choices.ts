import {
  addExclusiveBlock,
  addParallelBlock,
  getNodeKind,
  insertNodeOnEdge,
  nodeKinds,
  type FlowCommand,
  type I18nText,
  type NodeKindSpec,
  type Point,
} from '@baton/schemas';
import { extrasOf } from './kind-extras.ts';

/** Something the palette or an edge's "+" menu can put on an edge: a node kind. */
export type InsertChoice = { readonly type: string; readonly label: I18nText };

/**
 * Kinds that fit on an edge (one way in and out) and are not created by another kind's block:
 * a join is added with its parallel split, never alone.
 */
function insertable(kind: NodeKindSpec): boolean {
  return kind.inputs.max >= 1 && kind.outputs.max >= 1 && !kind.capabilities.joinsParallel;
}

/** Approval, CC, delay, condition branch, parallel branch: read from the kind registry. */
export const insertChoices: readonly InsertChoice[] = Object.values(nodeKinds)
  .filter(insertable)
  .map((kind) => ({ type: kind.type, label: kind.label }));

/**
 * The command that puts a choice on an edge. Branching kinds come as blocks: a condition branch
 * with its two lanes, a parallel split with its lanes and join; other kinds as a single node
 * (with the designer's initial config where the kind's defaults are not a valid one).
 */
export function insertCommand(options: {
  type: string;
  edgeId: string;
  position?: Point;
}): FlowCommand {
  const { edgeId, position } = options;
  const base = position === undefined ? { edgeId } : { edgeId, position };
  const capabilities = getNodeKind(options.type)?.capabilities ?? {};
  if (capabilities.exclusiveBranch) return addExclusiveBlock(base);
  if (capabilities.parallelSplit) return addParallelBlock(base);

  const config = extrasOf(options.type)?.initialConfig;
  const node = config === undefined ? { type: options.type } : { type: options.type, config };

  return insertNodeOnEdge({ ...base, node });
}

/** How a kind is drawn, from its capabilities. */
export type NodeShape = 'terminal' | 'gateway' | 'step';

export function shapeOf(type: string): NodeShape {
  const capabilities = getNodeKind(type)?.capabilities ?? {};
  if (capabilities.isStart || capabilities.isEnd) return 'terminal';
  const { exclusiveBranch, parallelSplit, joinsParallel } = capabilities;

  return exclusiveBranch || parallelSplit || joinsParallel ? 'gateway' : 'step';
}
