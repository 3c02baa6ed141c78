import type { ApproverRule, FlowDefinition, I18nText } from '@baton/schemas';
import { peopleKey, rulesOf } from '../canvas/approver-summary.ts';

/** An approval step whose approvers someone picks, as a sample must be able to give them. */
export type PickNode = {
  readonly nodeId: string;
  readonly name: I18nText;
  readonly by: 'initiator' | 'approver';
  readonly multiple: boolean;
};

type PickRule = Extract<ApproverRule, { kind: 'initiatorPicks' | 'approverPicks' }>;

function pickRules(rules: readonly ApproverRule[]): PickRule[] {
  return rules.flatMap((rule): PickRule[] => {
    if (rule.kind === 'initiatorPicks' || rule.kind === 'approverPicks') return [rule];
    if (rule.kind !== 'conditional') return [];

    return pickRules([...rule.cases.flatMap((item) => item.rules), ...rule.otherwise]);
  });
}

/**
 * The approval steps of a flow with a pick rule (also inside a conditional's cases), in node
 * order: who picks (the first pick rule says) and whether several may be picked.
 */
export function pickNodes(flow: FlowDefinition): PickNode[] {
  return flow.nodes.flatMap((node) => {
    if (peopleKey(node.type) !== 'approvers') return [];
    const rules = pickRules(rulesOf(node));
    const [first] = rules;
    if (!first) return [];
    const by = first.kind === 'initiatorPicks' ? 'initiator' : 'approver';

    return [
      { nodeId: node.id, name: node.name, by, multiple: rules.some((rule) => rule.multiple) },
    ];
  });
}

/** Why a sample's pick no longer counts: its step no longer picks, or is gone from the flow. */
export type StalePick = { readonly nodeId: string; readonly reason: 'notPicking' | 'missing' };

/**
 * Picks a sample holds for steps that do not pick in `flow` (any more), in the sample's order:
 * shown so the user can see and remove them; previews ignore them.
 */
export function stalePicks(
  flow: FlowDefinition,
  picks: Readonly<Record<string, readonly string[]>>,
): StalePick[] {
  const picking = new Set(pickNodes(flow).map((node) => node.nodeId));

  return Object.entries(picks).flatMap(([nodeId, ids]): StalePick[] => {
    if (picking.has(nodeId) || ids.length === 0) return [];
    const exists = flow.nodes.some((node) => node.id === nodeId);

    return [{ nodeId, reason: exists ? 'notPicking' : 'missing' }];
  });
}
