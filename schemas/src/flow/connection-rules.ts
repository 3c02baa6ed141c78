import type { ErrorMessages } from '../errors.ts';
import type { FlowDefinition } from './flow.ts';
import { getNodeKind } from './node-kinds.ts';

/**
 * Why a connection is refused. Stable codes: the designer translates them with
 * `connectionRuleMessages`; the English text is also in `message`.
 */
export const connectionRuleMessages = {
  'connect.unknown-node': {
    kind: 'user',
    'zh-CN': '节点 {nodeId} 不存在',
    en: 'Node {nodeId} does not exist',
  },
  'connect.unknown-kind': {
    kind: 'user',
    'zh-CN': '节点 {nodeId} 的类型 {type} 未知',
    en: 'Node {nodeId} has the unknown kind {type}',
  },
  'connect.self-loop': {
    kind: 'user',
    'zh-CN': '节点不能连接到自身',
    en: 'A node cannot connect to itself',
  },
  'connect.into-start': {
    kind: 'user',
    'zh-CN': '不能连线到发起节点',
    en: 'Nothing can lead into the start node',
  },
  'connect.out-of-end': {
    kind: 'user',
    'zh-CN': '结束节点不能再连出',
    en: 'Nothing can leave an end node',
  },
  'connect.duplicate': {
    kind: 'user',
    'zh-CN': '这两个节点之间已有连线',
    en: 'These two nodes are already connected',
  },
  'connect.source-full': {
    kind: 'user',
    'zh-CN': '节点 {nodeId} 最多只能有 {max} 条出线',
    en: 'Node {nodeId} can have at most {max} outgoing edges',
  },
  'connect.target-full': {
    kind: 'user',
    'zh-CN': '节点 {nodeId} 最多只能有 {max} 条入线',
    en: 'Node {nodeId} can have at most {max} incoming edges',
  },
} as const satisfies ErrorMessages;

export type ConnectionRuleCode = keyof typeof connectionRuleMessages;

export type ConnectionCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly code: ConnectionRuleCode;
      readonly params: Readonly<Record<string, string | number>>;
      /** English text, for logs and tests; the UI translates `code`. */
      readonly message: string;
    };

export type ConnectionRequest = {
  readonly source: string;
  readonly target: string;
  /** An edge to leave out of the counts and the duplicate check (when re-attaching it). */
  readonly ignoreEdgeId?: string;
};

function refuse(
  code: ConnectionRuleCode,
  params: Record<string, string | number> = {},
): ConnectionCheck {
  const template: string = connectionRuleMessages[code].en;
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );

  return { ok: false, code, params, message };
}

function kindOf(flow: FlowDefinition, nodeId: string) {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return { error: refuse('connect.unknown-node', { nodeId }) } as const;
  const kind = getNodeKind(node.type);
  if (!kind) return { error: refuse('connect.unknown-kind', { nodeId, type: node.type }) } as const;

  return { kind } as const;
}

/**
 * Whether an edge `source → target` may be added to `flow`: both nodes exist and have known
 * kinds, no self loop, nothing into a start node or out of an end node, no second edge between
 * the same two nodes, and the ports of both kinds (`inputs.max`, `outputs.max` in the registry)
 * still have room. Pure; the designer calls it while the user drags a connection.
 */
export function canConnect(flow: FlowDefinition, request: ConnectionRequest): ConnectionCheck {
  const { source, target, ignoreEdgeId } = request;
  if (source === target) return refuse('connect.self-loop');
  const from = kindOf(flow, source);
  if (from.error) return from.error;
  const to = kindOf(flow, target);
  if (to.error) return to.error;
  if (to.kind.capabilities.isStart) return refuse('connect.into-start');
  if (from.kind.capabilities.isEnd) return refuse('connect.out-of-end');

  const edges = flow.edges.filter((edge) => edge.id !== ignoreEdgeId);
  if (edges.some((edge) => edge.source === source && edge.target === target))
    return refuse('connect.duplicate');
  const outgoing = edges.filter((edge) => edge.source === source).length;
  if (outgoing >= from.kind.outputs.max)
    return refuse('connect.source-full', { nodeId: source, max: from.kind.outputs.max });
  const incoming = edges.filter((edge) => edge.target === target).length;
  if (incoming >= to.kind.inputs.max)
    return refuse('connect.target-full', { nodeId: target, max: to.kind.inputs.max });

  return { ok: true };
}
