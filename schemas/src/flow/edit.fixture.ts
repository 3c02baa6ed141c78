import type { FlowBundle } from './bundle.ts';

/**
 * @internal A small expense-like bundle for the edit tests: start → manager → threshold, then
 * `amount >= 5000` → finance → end, or by default straight to end.
 */
export function expenseLikeBundle(): FlowBundle {
  const approval = (role: string) => ({
    approvers: [{ kind: 'role', role }],
    mode: 'any',
    rejectTo: 'initiator',
    commentRequired: false,
  });

  return {
    flow: {
      schemaVersion: 1,
      key: 'expense',
      name: { 'zh-CN': '费用报销', en: 'Expense reimbursement' },
      nodes: [
        { id: 'start', type: 'start', name: 'Start', config: {} },
        { id: 'manager', type: 'approval', name: 'Manager', config: approval('manager') },
        { id: 'threshold', type: 'exclusive', name: 'Amount?', config: {} },
        { id: 'finance', type: 'approval', name: 'Finance', config: approval('finance') },
        { id: 'end', type: 'end', name: 'End', config: {} },
      ],
      edges: [
        { id: 'e-start-manager', source: 'start', target: 'manager' },
        { id: 'e-manager-threshold', source: 'manager', target: 'threshold' },
        {
          id: 'e-threshold-finance',
          source: 'threshold',
          target: 'finance',
          condition: 'amount >= 5000',
          priority: 1,
        },
        { id: 'e-threshold-end', source: 'threshold', target: 'end', isDefault: true },
        { id: 'e-finance-end', source: 'finance', target: 'end' },
      ],
    },
    form: {
      schemaVersion: 1,
      fields: [
        {
          key: 'description',
          type: 'textarea',
          label: 'Description',
          required: true,
          validation: {},
        },
        {
          key: 'amount',
          type: 'money',
          label: 'Amount',
          required: true,
          currency: 'CNY',
          validation: { decimals: 2 },
        },
      ],
    },
    layout: {
      positions: {
        start: { x: 300, y: 0 },
        manager: { x: 300, y: 200 },
        threshold: { x: 300, y: 400 },
        finance: { x: 170, y: 600 },
        end: { x: 300, y: 800 },
      },
    },
  };
}
