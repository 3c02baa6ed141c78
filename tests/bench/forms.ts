import {
  applyFieldRules,
  FormDefinition,
  tableTotals,
  validateFormValues,
  type FormValues,
} from '@baton/schemas';
import { median, spread, timeOnce } from './measure.ts';
import type { BenchOptions } from './options.ts';
import type { Section } from './report.ts';

const ROWS = 200;
const WARMUP = 20;
/** One frame at 60 Hz: a keystroke that takes longer drops a frame. */
const FRAME_MS = 16;

/** An expense claim with a 200-row line-item table, a total and rules that read the total. */
const form = FormDefinition.parse({
  schemaVersion: 1,
  fields: [
    { key: 'title', type: 'text', label: 'Title', required: true },
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
          label: 'Amount',
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
const table = form.fields.find((field) => field.type === 'table');

function rowsOf(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    item: `Line ${index + 1}`,
    quantity: String((index % 7) + 1),
    unitPrice: `${(index * 37) % 500}.${String(index % 100).padStart(2, '0')}`,
  }));
}

/** What the browser does per keystroke in a cell: recompute, apply rules, total the columns. */
function keystroke(values: FormValues, row: number, text: string): number {
  const items = (values.items as Record<string, unknown>[]).map((cells, index) =>
    index === row ? { ...cells, quantity: text } : cells,
  );

  return timeOnce(() => {
    const state = applyFieldRules(form, { ...values, items }, { today: '2026-03-12' });
    if (table?.type === 'table') tableTotals(table, state.values.items as unknown[]);
  });
}

/**
 * (d) Forms: a 200-row line-item table (quantity × unit price rows, a total, linkage rules that
 * read the total). One keystroke is what the browser runs on each edit of a cell; one
 * validation is the server's `validateFormValues` of the whole request.
 */
export function measureForms(options: BenchOptions): Section {
  const { formKeystrokes, formValidations } = options.sizes;
  const values: FormValues = {
    title: 'Warehouse shelving',
    reason: 'New warehouse opens in April',
    items: rowsOf(ROWS),
  };
  for (let run = 0; run < WARMUP; run += 1) keystroke(values, run % ROWS, String(run));
  const keys: number[] = [];
  for (let run = 0; run < formKeystrokes; run += 1)
    keys.push(keystroke(values, (run * 13) % ROWS, String(run % 50)));
  const checks: number[] = [];
  let issues = 0;
  for (let run = 0; run < formValidations + 2; run += 1) {
    const time = timeOnce(() => (issues = validateFormValues(form, values).issues.length));
    if (run >= 2) checks.push(time);
  }

  return {
    title: `(d) forms: a ${ROWS}-row line-item table`,
    notes: [
      `keystroke: one cell edited, then applyFieldRules (row formulas, total, rules) and ` +
        `tableTotals; median of ${formKeystrokes} after ${WARMUP} warm-up`,
      `validation: validateFormValues of the whole request (issues: ${issues}), ` +
        `median of ${formValidations}`,
    ],
    lines: [
      {
        name: `keystroke, ${ROWS} rows (median)`,
        value: median(keys),
        unit: 'ms',
        target: { op: '<', value: FRAME_MS },
        note: `rounds ${spread(keys, 2)}`,
      },
      {
        name: `validateFormValues, ${ROWS} rows (median)`,
        value: median(checks),
        unit: 'ms',
        note: `rounds ${spread(checks, 2)}`,
      },
    ],
  };
}
