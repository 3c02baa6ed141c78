import { parseDecimal, type FlowPolicies, type FormValues } from '@baton/schemas';
import { runtimeError } from '../messages.ts';
import { executorFor, type RouteTally } from './executors/index.ts';
import { policiesOf } from './policies.ts';
import type { Work } from './work.ts';

type AmountRule = FlowPolicies['minApprovers'][number];

function amountOf(values: FormValues, field: string) {
  const value = values[field];
  if (typeof value === 'string') return parseDecimal(value);

  return typeof value === 'number' && Number.isFinite(value) ? parseDecimal(String(value)) : null;
}

/** Whether the values reach the rule's amount; a missing or non-numeric value never does. */
function applies(rule: AmountRule, values: FormValues): boolean {
  const amount = amountOf(values, rule.field);
  const threshold = parseDecimal(rule.atLeast);

  return amount !== null && threshold !== null && amount.greaterThanOrEqualTo(threshold);
}

/**
 * `minApprovers`: where the values reach a rule's amount, the route must ask at least that
 * many distinct people (policy approvals do not count; a step whose approvers the previous
 * approver picks counts as one more person).
 */
function assertEnoughApprovers(work: Work, route: RouteTally): void {
  const found = route.people.size + route.openPicks;
  for (const rule of policiesOf(work.bundle.flow).minApprovers) {
    if (applies(rule, work.state.values) && found < rule.approvers)
      throw runtimeError('approval.too-few-approvers', { needed: rule.approvers, found });
  }
}

/**
 * Walks the path the request's values lead to, from the start node, as if every step were
 * approved, and throws what the submission must be refused with: a step that cannot be
 * staffed (`approval.no-approver`), that is set to refuse when nobody resolves
 * (`approval.refused-nobody`), a missing or invalid initiator pick, or too few distinct
 * approvers for an amount rule. Run when a round starts, it makes the initiator hear about it
 * at submit time, instead of the approver of the step before. The values do not change within
 * a round, so the branches taken here are the ones the request will take; the org may still
 * change before a later step is entered.
 */
export function assertRouteStaffed(work: Work): void {
  const route: RouteTally = { people: new Set(), openPicks: 0 };
  const seen = new Set<string>();
  const queue = [work.graph.startNode().id];
  for (let nodeId = queue.shift(); nodeId !== undefined; nodeId = queue.shift()) {
    if (seen.has(nodeId)) continue;
    seen.add(nodeId);
    const node = work.graph.node(nodeId);
    queue.push(
      ...executorFor(node)
        .lookAhead(work, node, route)
        .map((edge) => edge.target),
    );
  }
  assertEnoughApprovers(work, route);
}
