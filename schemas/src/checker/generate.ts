import type { FlowBundle } from '../flow/bundle.ts';
import type { FlowEdge, FlowNode } from '../flow/flow.ts';

type Builder = { nodes: FlowNode[]; edges: FlowEdge[]; last: string };

function node(builder: Builder, type: string, config: Record<string, unknown> = {}): string {
  const id = `n${builder.nodes.length}`;
  builder.nodes.push({ id, type, name: `${type} ${builder.nodes.length}`, config });

  return id;
}

function edge(
  builder: Builder,
  source: string,
  target: string,
  extra: Partial<FlowEdge> = {},
): void {
  builder.edges.push({ id: `e${builder.edges.length}`, source, target, ...extra });
}

const approver = { approvers: [{ kind: 'role', role: 'finance' }] };

function approval(builder: Builder): void {
  const id = node(builder, 'approval', approver);
  edge(builder, builder.last, id);
  builder.last = id;
}

/** exclusive → (condition: approval | default: approval) → merging approval: 4 nodes. */
function exclusiveBlock(builder: Builder, threshold: number): void {
  const split = node(builder, 'exclusive');
  const high = node(builder, 'approval', approver);
  const low = node(builder, 'approval', approver);
  const merge = node(builder, 'approval', approver);
  edge(builder, builder.last, split);
  edge(builder, split, high, {
    condition: `amount >= ${threshold} && costCentre in ["sales", "ops"]`,
    priority: 1,
  });
  edge(builder, split, low, { isDefault: true });
  edge(builder, high, merge);
  edge(builder, low, merge);
  builder.last = merge;
}

/** parallel → two approvals → join: 4 nodes. */
function parallelBlock(builder: Builder): void {
  const split = node(builder, 'parallel');
  const left = node(builder, 'approval', approver);
  const right = node(builder, 'approval', approver);
  const join = node(builder, 'join');
  edge(builder, builder.last, split);
  edge(builder, split, left);
  edge(builder, split, right);
  edge(builder, left, join);
  edge(builder, right, join);
  builder.last = join;
}

/**
 * A valid flow of exactly `size` nodes (at least 3) for benchmarks and tests: start, then a
 * repeating mix of approvals, condition branches on the amount and parallel blocks, then end.
 */
export function generateLargeFlow(size: number): FlowBundle {
  const builder: Builder = { nodes: [], edges: [], last: '' };
  builder.last = node(builder, 'start');
  for (let block = 0; builder.nodes.length < size - 1; block += 1) {
    const room = size - 1 - builder.nodes.length;
    if (room >= 4 && block % 3 === 1) exclusiveBlock(builder, 1000 * block);
    else if (room >= 4 && block % 3 === 2) parallelBlock(builder);
    else approval(builder);
  }
  const end = node(builder, 'end');
  edge(builder, builder.last, end);

  return {
    flow: {
      schemaVersion: 1,
      key: 'generated',
      name: 'Generated flow',
      nodes: builder.nodes,
      edges: builder.edges,
    },
    form: {
      schemaVersion: 1,
      fields: [
        {
          key: 'amount',
          type: 'money',
          label: 'Amount',
          required: true,
          currency: 'CNY',
          validation: { decimals: 2 },
        },
        {
          key: 'costCentre',
          type: 'select',
          label: 'Cost centre',
          required: false,
          options: [
            { value: 'sales', label: 'Sales' },
            { value: 'ops', label: 'Operations' },
          ],
        },
      ],
    },
    layout: { positions: {} },
  };
}
