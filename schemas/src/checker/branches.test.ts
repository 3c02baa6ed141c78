import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { edge, expenseFlow, summarize } from './test-flows.ts';

const check = (input: unknown) => summarize(checkFlow(input));

function withBranchEdges(edges: ReturnType<typeof edge>[]) {
  const flow = expenseFlow();
  flow.flow.edges = [flow.flow.edges[0]!, flow.flow.edges[1]!, ...edges, flow.flow.edges[4]!];

  return flow;
}

describe('checkFlow condition branches', () => {
  it('wants exactly one default edge out of a branch', () => {
    const none = withBranchEdges([
      edge('branch', 'finance', { condition: 'amount >= 5000' }),
      edge('branch', 'end', { condition: 'amount < 5000' }),
    ]);
    const two = withBranchEdges([
      edge('branch', 'finance', { isDefault: true }),
      edge('branch', 'end', { isDefault: true }),
    ]);

    expect(check(none)).toMatchInlineSnapshot(`
      [
        "branch.no-default @branch flow.nodes.2: Condition branch "Branch" needs one default connection, taken when no condition matches",
      ]
    `);
    expect(check(two)).toMatchInlineSnapshot(`
      [
        "branch.multiple-defaults @branch flow.nodes.2: Condition branch "Branch" has 2 default connections; it needs exactly one",
      ]
    `);
  });

  it('wants a condition on every edge but the default, and none on the default', () => {
    const flow = withBranchEdges([
      edge('branch', 'finance'),
      edge('branch', 'end', { isDefault: true, condition: 'amount < 5000' }),
    ]);

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "branch.missing-condition @branch-finance flow.edges.2: The connection from "Branch" to "Finance" needs a condition or must be the default",
        "branch.default-with-condition @branch-end flow.edges.3.condition: The default connection from "Branch" to "End" must not have a condition",
      ]
    `);
  });

  it('warns when two conditional edges share a priority', () => {
    const flow = expenseFlow();
    flow.flow.nodes.push({
      id: 'legal',
      type: 'approval',
      name: 'Legal',
      config: { approvers: [{ kind: 'departmentHead' }] },
    });
    flow.flow.edges.push(
      edge('branch', 'legal', { condition: 'amount >= 100000', priority: 1 }),
      edge('legal', 'end'),
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "branch.duplicate-priority (warning) @branch-legal flow.edges.5.priority: Connections out of "Branch" share the priority 1, so their order is unclear",
        "branch.amount-overlap (warning) @branch-legal flow.edges.5.condition: Condition branch "Branch": "amount >= 5000" and "amount >= 100000" both hold for Amount at least 100000; only "amount >= 5000" is taken there, as it is tried first",
      ]
    `);
  });

  it('refuses conditions on edges that do not leave a branch', () => {
    const flow = expenseFlow();
    flow.flow.edges[0] = edge('start', 'manager', { condition: 'amount > 1' });
    flow.flow.edges[4] = edge('finance', 'end', { isDefault: true });

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "edge.condition-outside-branch @start-manager flow.edges.0.condition: The connection from "Start" to "Manager" has a condition, but only connections out of a condition branch are chosen by condition",
        "edge.default-outside-branch (warning) @finance-end flow.edges.4.isDefault: The connection from "Finance" to "End" is marked default, which only matters out of a condition branch",
      ]
    `);
  });
});

describe('checkFlow conditions against the form', () => {
  it('names an unknown field and gives its offsets in the condition', () => {
    const flow = withBranchEdges([
      edge('branch', 'finance', { condition: 'amount >= 5000 && amout < 9' }),
      edge('branch', 'end', { isDefault: true }),
    ]);

    expect(checkFlow(flow)).toMatchInlineSnapshot(`
      [
        {
          "code": "expr.unknown-field",
          "edgeId": "branch-finance",
          "end": 23,
          "message": "Condition on the connection from "Branch" to "Finance": Unknown field "amout"",
          "path": [
            "flow",
            "edges",
            2,
            "condition",
          ],
          "severity": "error",
          "start": 18,
        },
      ]
    `);
  });

  it('reports parse and type errors of conditions', () => {
    const flow = withBranchEdges([
      edge('branch', 'finance', { condition: 'amount >= ' }),
      edge('branch', 'end', { isDefault: true }),
    ]);
    flow.flow.edges.push(edge('branch', 'manager', { condition: 'description * 2' }));

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "flow.cycle @manager flow.nodes.1: Steps "Manager", "Branch" form a loop, so a request could go round forever",
        "expr.unexpected-end @branch-finance flow.edges.2.condition [10-10]: Condition on the connection from "Branch" to "Finance": The expression ends too early",
        "expr.operator-types @branch-manager flow.edges.5.condition [0-15]: Condition on the connection from "Branch" to "Manager": Operator "*" cannot be applied to text and number",
      ]
    `);
  });
});
