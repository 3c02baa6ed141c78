import type { ApproverRule, FlowBundle } from '@baton/schemas';

/**
 * What sun.hao does on the canvas in issue 2: an approval step `executive` inserted on the edge
 * from finance to the end, with the given approver rules (none yet, at first).
 */
export function withExecutiveStep(bundle: FlowBundle, approvers: ApproverRule[]): FlowBundle {
  const edges = bundle.flow.edges.filter(
    (edge) => !(edge.source === 'finance' && edge.target === 'end'),
  );

  return {
    ...bundle,
    flow: {
      ...bundle.flow,
      nodes: [
        ...bundle.flow.nodes,
        {
          id: 'executive',
          type: 'approval',
          name: { 'zh-CN': '高管审批', en: 'Executive approval' },
          config: { approvers, mode: 'any', rejectTo: 'initiator', commentRequired: false },
        },
      ],
      edges: [
        ...edges,
        { id: 'e-finance-executive', source: 'finance', target: 'executive' },
        { id: 'e-executive-end', source: 'executive', target: 'end' },
      ],
    },
    layout: {
      positions: { ...bundle.layout.positions, executive: { x: 170, y: 700 } },
    },
  };
}

/** Form values of an expense claim; money as decimal strings, line items adding up. */
export function expenseValues(amount: string, items: Array<[string, string]>) {
  return {
    description: `Client visit, ${amount} CNY`,
    amount,
    date: '2026-03-02',
    costCentre: 'CC-1001',
    items: items.map(([item, itemAmount]) => ({ item, amount: itemAmount })),
  };
}
