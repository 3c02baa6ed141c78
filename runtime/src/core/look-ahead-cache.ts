import { ApprovalConfig, type ApproverRule, type FlowNode } from '@baton/schemas';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import { nodeConfig } from './graph.ts';
import type { Resolved, Staffing } from './staffing.ts';

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
 * What an answer is kept by: the org directory, the node, the initiator, and `variant` for
 * every other input (one of a few constant strings).
 */
type Key = {
  readonly org: OrgDirectory;
  readonly node: FlowNode;
  readonly initiatorId: string;
  readonly variant: string;
};

type ByNode<T> = WeakMap<FlowNode, Map<string, Map<string, T>>>;

/**
 * Answers about steps whose rules read only the org and the initiator. A directory is a
 * read-only snapshot (the engine builds a new one when the org changes) and a node's config is
 * never mutated, so an answer holds as long as both objects live. Only successes are kept: a
 * failure is computed again so that it throws with its full explanation.
 */
function staticCache<T>() {
  const cache = new WeakMap<OrgDirectory, ByNode<T>>();

  return (key: Key, compute: () => T): T => {
    if (!isStatic(key.node)) return compute();
    let byNode = cache.get(key.org);
    if (!byNode) cache.set(key.org, (byNode = new WeakMap()));
    let byVariant = byNode.get(key.node);
    if (!byVariant) byNode.set(key.node, (byVariant = new Map()));
    let byInitiator = byVariant.get(key.variant);
    if (!byInitiator) byVariant.set(key.variant, (byInitiator = new Map()));
    const known = byInitiator.get(key.initiatorId);
    if (known) return known;
    const answer = compute();
    byInitiator.set(key.initiatorId, answer);

    return answer;
  };
}

const staffings = staticCache<Staffing>();

/**
 * Look-ahead staffings of steps whose rules read only the org and the initiator, by org
 * directory, node and initiator (a node belongs to one never-mutated flow, its policies
 * included).
 */
export function cachedStaffing(
  key: { org: OrgDirectory; node: FlowNode; initiatorId: string },
  staff: () => Staffing,
): Staffing {
  const { org, node, initiatorId } = key;

  return staffings({ org, node, initiatorId, variant: '' }, staff);
}

const resolutions = staticCache<Resolved>();

/** The variant of a flow that allows self-approval, by nobody-rule (constant strings). */
const SELF_APPROVING: Readonly<Record<ApprovalConfig['ifNobody'], string>> = {
  admin: 'admin+self',
  user: 'user+self',
  autoApprove: 'autoApprove+self',
  autoReject: 'autoReject+self',
  refuse: 'refuse+self',
};

/**
 * The resolver's answer for a step whose rules read only the org and the initiator, by org
 * directory, node, initiator, nobody-rule and whether the flow allows self-approval (all the
 * resolver reads of such a step besides the node's config). `resolve` must not exclude anyone.
 */
export function cachedResolution(
  key: {
    org: OrgDirectory;
    node: FlowNode;
    initiatorId: string;
    ifNobody: ApprovalConfig['ifNobody'];
    allowSelfApproval: boolean;
  },
  resolve: () => Resolved,
): Resolved {
  const { org, node, initiatorId, ifNobody } = key;
  const variant = key.allowSelfApproval ? SELF_APPROVING[ifNobody] : ifNobody;

  return resolutions({ org, node, initiatorId, variant }, resolve);
}
