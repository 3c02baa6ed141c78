import { FormDefinition, type FormValues } from '@baton/schemas';

/** Rows of the line-item table both form figures type into. */
export const ROWS = 200;

/** One frame at 60 Hz: a keystroke that takes longer drops a frame. */
export const FRAME_MS = 16;

/**
 * An expense claim with a 200-row line-item table (quantity × unit price, a column total), a
 * computed total, and rules that read the total and the row count. `amount` is there because
 * the expense flow's branch reads it: the browser figure publishes this form on that flow.
 */
export const benchForm = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'title', type: 'text', label: 'Title', required: true },
    { key: 'amount', type: 'money', label: 'Amount', required: true },
    {
      key: 'items',
      type: 'table',
      label: 'Items',
      maxRows: 500,
      columns: [
        { key: 'item', type: 'text', label: 'Item', required: true },
        { key: 'quantity', type: 'number', label: 'Quantity', validation: { decimals: 3 } },
        { key: 'unitPrice', type: 'money', label: 'Unit price' },
        {
          key: 'amount',
          type: 'computed',
          label: 'Line amount',
          formula: 'quantity * unitPrice',
          total: true,
        },
      ],
    },
    { key: 'total', type: 'computed', label: 'Total', formula: 'sum(items.amount)' },
    {
      key: 'reason',
      type: 'textarea',
      label: 'Reason',
      visibleWhen: 'total > 10000',
      requiredWhen: 'total > 50000',
    },
    {
      key: 'approvedBudget',
      type: 'checkbox',
      label: 'Within budget',
      disabledWhen: 'count(items) > 100',
    },
  ],
});

/** A filled claim: every row has an item, a quantity and a unit price. */
export function benchValues(rows = ROWS): FormValues {
  return {
    title: 'Warehouse shelving',
    amount: '1000.00',
    reason: 'New warehouse opens in April',
    items: Array.from({ length: rows }, (_, index) => ({
      item: `Line ${index + 1}`,
      quantity: String((index % 7) + 1),
      unitPrice: `${(index * 37) % 500}.${String(index % 100).padStart(2, '0')}`,
    })),
  };
}
