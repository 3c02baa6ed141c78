import type { AccessMap, FlowBundle } from '@baton/schemas';
import { routingFields, type TaskState } from '@baton/runtime';
import type { StoredEvent } from '@baton/runtime/storage';

/**
 * Keys of event data that say why people were chosen. Their texts quote what the rules read:
 * the person or department in a form field, the amount an approval-limit chain compares.
 */
const EXPLANATION_KEYS = new Set([
  'facts',
  'factDetails',
  'factTexts',
  'notes',
  'reason',
  'reasonCode',
  'reasonParams',
  'reasonText',
]);

/** What a viewer reads instead of an explanation that quotes a field hidden from them. */
const WITHHELD = {
  'zh-CN': '说明涉及您无权查看的字段，已隐藏',
  en: 'not shown: it refers to fields hidden from you',
} as const;

/**
 * Nodes whose settings read a field `access` hides: an approver rule naming a form field, an
 * approval-limit chain, a conditional case.
 */
function nodesReadingHidden(bundle: FlowBundle, access: AccessMap): Set<string> {
  const nodes = new Set<string>();
  const { policies: _flowWide, ...flow } = bundle.flow;
  for (const node of bundle.flow.nodes) {
    // The fields the node's own settings read: its rules and conditional cases, alone.
    const read = routingFields({ ...flow, nodes: [node], edges: [] });
    if ([...read].some((key) => access[key] === 'hidden')) nodes.add(node.id);
  }

  return nodes;
}

/** The event data without its explanations, here and in its lists of people (`recipients`). */
function withoutExplanations(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (EXPLANATION_KEYS.has(key)) continue;
    out[key] = Array.isArray(value)
      ? value.map((item: unknown) =>
          typeof item === 'object' && item !== null && !Array.isArray(item)
            ? withoutExplanations({ ...item })
            : item,
        )
      : value;
  }
  const hadReason = 'reasonText' in data || 'reason' in data;

  return hadReason ? { ...out, reasonText: { ...WITHHELD }, reason: WITHHELD.en } : out;
}

/**
 * Event data as one viewer may see it, for a request's timeline:
 * - never the submitted `values` (the start and resubmission events carry the whole form; the
 *   page shows the request's values, filtered, instead);
 * - lists of changed `fields` (an approver's edits) without the fields hidden from them;
 * - for events about a node whose settings read a field hidden from the viewer (an approver
 *   rule naming a form field, an approval-limit chain, a conditional case), no explanations:
 *   they would quote the hidden value.
 */
export function eventDataRedactor(
  subject: {
    readonly bundle: FlowBundle;
    readonly tasks: readonly Pick<TaskState, 'id' | 'nodeId'>[];
  },
  access: AccessMap,
): (event: StoredEvent) => Record<string, unknown> {
  const sensitive = nodesReadingHidden(subject.bundle, access);
  const taskNodes = new Map(subject.tasks.map((task) => [task.id, task.nodeId]));
  const nodeOf = (data: Record<string, unknown>): string | undefined => {
    const { nodeId, taskId } = data;
    if (typeof nodeId === 'string') return nodeId;

    return typeof taskId === 'string' ? taskNodes.get(taskId) : undefined;
  };

  return (event) => {
    const { values: _values, ...data } = event.data;
    if (Array.isArray(data['fields']))
      data['fields'] = data['fields'].filter(
        (key) => typeof key === 'string' && access[key] !== 'hidden',
      );
    const nodeId = nodeOf(data);

    return nodeId !== undefined && sensitive.has(nodeId) ? withoutExplanations(data) : data;
  };
}
