import { expenseForm } from '../expression/test-form.ts';
import type { FlowEdge } from '../flow/flow.ts';
import type { ValidationIssue } from '../issue.ts';

/** Test helpers for checker tests. @internal */
type NodeInput = { id: string; type: string; name: string; config: Record<string, unknown> };

const configs: Readonly<Record<string, Record<string, unknown>>> = {
  approval: { approvers: [{ kind: 'departmentHead' }] },
  cc: { recipients: [{ kind: 'role', role: 'finance' }] },
};

/** A node named after its id ("Manager" for `manager`), with a working config for its kind. */
export function node(id: string, type: string, config?: Record<string, unknown>): NodeInput {
  return {
    id,
    type,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    config: config ?? configs[type] ?? {},
  };
}

/** `edge('a', 'b')` is the edge `a-b`; extras add condition, default or priority. */
export function edge(source: string, target: string, extra: Partial<FlowEdge> = {}): FlowEdge {
  return { id: `${source}-${target}`, source, target, ...extra };
}

export function bundle(nodes: NodeInput[], edges: FlowEdge[]) {
  return {
    flow: { schemaVersion: 1, key: 'expense', name: 'Expense', nodes, edges },
    form: expenseForm,
    layout: { positions: {} },
  };
}

/** start → manager → branch [amount >= 5000 → finance → end | default → end] */
export function expenseFlow() {
  return bundle(
    [
      node('start', 'start'),
      node('manager', 'approval'),
      node('branch', 'exclusive'),
      node('finance', 'approval', { approvers: [{ kind: 'role', role: 'finance' }] }),
      node('end', 'end'),
    ],
    [
      edge('start', 'manager'),
      edge('manager', 'branch'),
      edge('branch', 'finance', { condition: 'amount >= 5000', priority: 1 }),
      edge('branch', 'end', { isDefault: true }),
      edge('finance', 'end'),
    ],
  );
}

/** start → split [a | b] → join → end, with `extra` nodes and edges added. */
export function parallelFlow() {
  return bundle(
    [
      node('start', 'start'),
      node('split', 'parallel'),
      node('legal', 'approval'),
      node('finance', 'approval'),
      node('join', 'join'),
      node('end', 'end'),
    ],
    [
      edge('start', 'split'),
      edge('split', 'legal'),
      edge('split', 'finance'),
      edge('legal', 'join'),
      edge('finance', 'join'),
      edge('join', 'end'),
    ],
  );
}

/** One line per issue: `code [severity] @node-or-edge path: message`. */
export function summarize(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => {
    const owner = issue.nodeId ?? issue.edgeId;
    const at = owner === undefined ? '' : ` @${owner}`;
    const span = issue.start === undefined ? '' : ` [${issue.start}-${issue.end}]`;
    const level = issue.severity === 'warning' ? ' (warning)' : '';

    return `${issue.code}${level}${at} ${issue.path.join('.')}${span}: ${issue.message}`;
  });
}
