import { ApprovalConfig, type ApproverRule, type FlowNode } from '@baton/schemas';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import { nodeConfig } from './graph.ts';
import type { Staffing } from './staffing.ts';

/** Whether a rule reads only the org and the initiator (not the values, not a pick). */
function orgOnly(rule: ApproverRule): boolean {
  switch (rule.kind) {
    case 'departmentHead':
      return rule.field === undefined;
    case 'supervisorChain':
      return rule.end.kind !== 'approvalLimit';
    case 'conditional':
    case 'formField':
    case 'initiatorPicks':
    case 'approverPicks':
      return false;
    default:
      return true;
  }
}

const staticNodes = new WeakMap<FlowNode, boolean>();

function isStatic(node: FlowNode): boolean {
  let known = staticNodes.get(node);
  if (known === undefined) {
    known = nodeConfig(node, ApprovalConfig).approvers.every(orgOnly);
    staticNodes.set(node, known);
  }

  return known;
}

/**
 * Look-ahead staffings of steps whose rules read only the org and the initiator, by org
 * directory, node and initiator. A directory is a read-only snapshot (the engine builds a new
 * one when the org changes) and a node belongs to one never-mutated flow (its policies
 * included), so an answer holds as long as both objects live. Only successes are kept: a
 * failure is staffed again so that it throws with its full explanation.
 */
const cache = new WeakMap<OrgDirectory, WeakMap<FlowNode, Map<string, Staffing>>>();

export function cachedStaffing(
  key: { org: OrgDirectory; node: FlowNode; initiatorId: string },
  staff: () => Staffing,
): Staffing {
  if (!isStatic(key.node)) return staff();
  let byNode = cache.get(key.org);
  if (!byNode) cache.set(key.org, (byNode = new WeakMap()));
  let byInitiator = byNode.get(key.node);
  if (!byInitiator) byNode.set(key.node, (byInitiator = new Map()));
  const known = byInitiator.get(key.initiatorId);
  if (known) return known;
  const staffing = staff();
  byInitiator.set(key.initiatorId, staffing);

  return staffing;
}
