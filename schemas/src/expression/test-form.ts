import { FormDefinition } from '../form/form.ts';

/** A small expense-like form shared by the expression and form tests. @internal */
export const expenseForm = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'description', type: 'textarea', label: 'Description', required: true },
    { key: 'amount', type: 'money', label: { en: 'Amount', 'zh-CN': '金额' }, required: true },
    { key: 'quantity', type: 'number', label: 'Quantity' },
    { key: 'date', type: 'date', label: 'Date', default: 'today' },
    {
      key: 'costCentre',
      type: 'select',
      label: 'Cost centre',
      options: [
        { value: 'sales', label: 'Sales' },
        { value: 'ops', label: 'Operations' },
      ],
    },
    {
      key: 'items',
      type: 'table',
      label: 'Items',
      columns: [
        { key: 'item', type: 'text', label: 'Item' },
        { key: 'amount', type: 'money', label: 'Amount' },
      ],
    },
    { key: 'itemsTotal', type: 'computed', label: 'Total', formula: 'sum(items.amount)' },
  ],
});
