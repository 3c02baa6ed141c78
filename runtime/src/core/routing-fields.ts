import {
  canonicalJson,
  childrenOf,
  parseExpression,
  type Expr,
  type FlowDefinition,
} from '@baton/schemas';

/** The form fields an expression reads (its identifiers; `a.b` reads `a`). */
export function identifiers(source: string, into: Set<string>): void {
  const parsed = parseExpression(source);
  if (!parsed.ok) return;
  const pending: Expr[] = [parsed.ast];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.kind === 'identifier') into.add(node.name);
    else pending.push(...childrenOf(node));
  }
}

/**
 * Walks a node config or the policies, wherever a rule names a field (`field`, `amountField`)
 * or a condition (`when`): the same walk serves every rule kind, present and future.
 */
function collect(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);

    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' && (key === 'field' || key === 'amountField')) into.add(item);
    else if (typeof item === 'string' && key === 'when') identifiers(item, into);
    else collect(item, into);
  }
}

/**
 * The form fields that can change where a request goes or who approves it: fields read by
 * branch conditions, approver rules (form fields, department fields, approval-limit amounts,
 * conditional cases), delays and the policies. A resubmission may skip the steps before the
 * one that returned it only while none of these changed.
 */
export function routingFields(flow: FlowDefinition): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const edge of flow.edges) if (edge.condition) identifiers(edge.condition, fields);
  for (const node of flow.nodes) collect(node.config, fields);
  collect(flow.policies, fields);

  return fields;
}

function valueOf(values: Readonly<Record<string, unknown>>, field: string): string {
  return canonicalJson(Object.hasOwn(values, field) ? values[field] : null);
}

/** The routing fields whose value differs between `before` and `after`, in name order. */
export function changedRoutingFields(
  flow: FlowDefinition,
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): string[] {
  const changed = [...routingFields(flow)].filter(
    (field) => valueOf(before, field) !== valueOf(after, field),
  );

  return changed.sort();
}
