import { ApprovalConfig, type ApproverRule, type FlowNode } from '@baton/schemas';
import { checkPicks, type ResolveContext } from '../approvers/index.ts';
import { runtimeError } from '../messages.ts';
import { kindOf, nodeConfig, type FlowGraph } from './graph.ts';
import { reasonParams, stepParams } from './step-names.ts';
import type { Picks } from './types.ts';

/** A rule where a person picks the approvers. */
export type PickRule = Extract<ApproverRule, { kind: 'initiatorPicks' | 'approverPicks' }>;

/** The pick rules among `rules`, those inside conditional cases included. */
export function pickRulesOf(rules: readonly ApproverRule[]): PickRule[] {
  return rules.flatMap((rule): PickRule[] => {
    if (rule.kind === 'conditional')
      return pickRulesOf([...rule.cases.flatMap((entry) => entry.rules), ...rule.otherwise]);

    return rule.kind === 'initiatorPicks' || rule.kind === 'approverPicks' ? [rule] : [];
  });
}

const byApprover = new WeakMap<readonly ApproverRule[], boolean>();

/**
 * Whether the previous approver picks (some of) this step's approvers; answered once per
 * (never mutated) list of rules, a node's parsed config.
 */
export function picksByApprover(rules: readonly ApproverRule[]): boolean {
  let known = byApprover.get(rules);
  if (known === undefined) {
    known = pickRulesOf(rules).some((rule) => rule.kind === 'approverPicks');
    byApprover.set(rules, known);
  }

  return known;
}

/** Whether the initiator picks this step's approvers: it has pick rules, none by an approver. */
export function picksByInitiator(rules: readonly ApproverRule[]): boolean {
  const picks = pickRulesOf(rules);

  return picks.length > 0 && picks.every((rule) => rule.kind === 'initiatorPicks');
}

function takesInitiatorPicks(graph: FlowGraph, nodeId: string): boolean {
  const node = graph.flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node || kindOf(node).capabilities.needsAssignees !== true) return false;

  return picksByInitiator(nodeConfig(node, ApprovalConfig).approvers);
}

/**
 * Refuses a submission's picks for a step the initiator does not pick for: an unknown node, a
 * node without a pick rule, or a step whose approvers the previous approver picks (only their
 * approval may name them). `approval.pick-unexpected` names the first such node.
 */
export function assertPickTargets(graph: FlowGraph, picks: Picks | undefined): void {
  if (picks === undefined) return;
  for (const nodeId of Object.keys(picks)) {
    if (!takesInitiatorPicks(graph, nodeId))
      throw runtimeError('approval.pick-unexpected', { nodeId });
  }
}

/**
 * Refuses picks that no pick rule of the node accepts (nobody, outside the range, disabled,
 * unknown, the initiator, several where one is allowed), with the reasons of the first rule in
 * both languages. `ctx` must carry the values (a conditional chooses its case by them).
 */
export function assertPicksValid(
  node: FlowNode,
  rules: readonly ApproverRule[],
  picked: readonly string[],
  ctx: ResolveContext,
): void {
  // A conditional rule is checked whole, so that the case its values choose decides.
  const withPicks = rules.filter((rule) => pickRulesOf([rule]).length > 0);
  const verdicts = withPicks.map((rule) => checkPicks(rule, picked, ctx));
  const [first] = verdicts;
  if (!first || verdicts.some((reasons) => reasons.length === 0)) return;

  throw runtimeError('approval.pick-invalid', { ...stepParams(node), ...reasonParams(first) });
}

const WHO = {
  initiator: { whoZh: '发起人', whoEn: 'the initiator' },
  approver: { whoZh: '上一步审批人', whoEn: 'the approver of the step before' },
} as const;

/** `approval.pick-required`: the step cannot be entered before someone picks its approvers. */
export function pickRequired(node: FlowNode, by: 'initiator' | 'approver') {
  return runtimeError('approval.pick-required', { ...stepParams(node), by, ...WHO[by] });
}
