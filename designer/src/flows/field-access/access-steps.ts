import {
  capabilitiesOf,
  fieldAccessAt,
  findStart,
  flowLookup,
  type FieldAccess,
  type FlowBundle,
  type FlowDefinition,
  type FlowNode,
  type FormField,
  type ValidationIssue,
} from '@baton/schemas';

/** Whether people meet the form at this node: who starts, approves or acts, or is copied. */
function showsForm(node: FlowNode): boolean {
  const capabilities = capabilitiesOf(node);

  return (
    capabilities.isStart === true ||
    capabilities.needsAssignees === true ||
    capabilities.notifies === true
  );
}

/**
 * The columns of the field permissions matrix: the nodes where people see the form, in the
 * order a request meets them (breadth first from the start, edges in document order), then
 * any the start does not reach, in document order.
 */
export function accessSteps(flow: FlowDefinition): FlowNode[] {
  const lookup = flowLookup(flow);
  const order: FlowNode[] = [];
  const seen = new Set<string>();
  const queue = [findStart(flow)?.id];
  while (queue.length > 0) {
    const id = queue.shift();
    const node = id === undefined ? undefined : lookup.node(id);
    if (!node || seen.has(node.id)) continue;
    seen.add(node.id);
    order.push(node);
    for (const edge of lookup.outgoing(node.id)) queue.push(edge.target);
  }
  const rest = flow.nodes.filter((node) => !seen.has(node.id));

  return [...order, ...rest].filter(showsForm);
}

/** One cell of the matrix: what the field is at the step, and whether the flow lists it. */
export type AccessCell = {
  readonly access: FieldAccess;
  /** False when the cell holds the default (edit at the start, read elsewhere). */
  readonly listed: boolean;
  /** The choices the cell offers: never `edit` for a field nobody types into. */
  readonly choices: readonly FieldAccess[];
};

const ALL: readonly FieldAccess[] = ['edit', 'read', 'hidden'];
const NO_EDIT: readonly FieldAccess[] = ['read', 'hidden'];

/** The matrix's cells of one step, by field key. */
export function accessCells(bundle: FlowBundle, nodeId: string): ReadonlyMap<string, AccessCell> {
  const access = fieldAccessAt(bundle, nodeId);
  const listed = bundle.flow.fieldAccess?.[nodeId] ?? {};
  const probe = {
    ...bundle,
    flow: { ...bundle.flow, fieldAccess: { [nodeId]: everyEdit(bundle.form.fields) } },
  };
  const editable = fieldAccessAt(probe, nodeId);

  return new Map(
    bundle.form.fields.map((field) => [
      field.key,
      {
        access: access[field.key] ?? 'read',
        listed: Object.hasOwn(listed, field.key),
        choices: editable[field.key] === 'edit' ? ALL : NO_EDIT,
      },
    ]),
  );
}

function everyEdit(fields: readonly FormField[]): Record<string, FieldAccess> {
  return Object.fromEntries(fields.map((field) => [field.key, 'edit' as const]));
}

/** The checker's issues about field access (`fieldAccess` paths), by `nodeId/key` and in all. */
export function accessIssues(issues: readonly ValidationIssue[]) {
  const about = issues.filter((issue) => issue.path[0] === 'fieldAccess');
  const byCell = new Map<string, ValidationIssue[]>();
  for (const issue of about) {
    const [, nodeId, key] = issue.path;
    const cell = `${String(nodeId)}/${String(key)}`;
    byCell.set(cell, [...(byCell.get(cell) ?? []), issue]);
  }

  return { all: about, at: (nodeId: string, key: string) => byCell.get(`${nodeId}/${key}`) ?? [] };
}
