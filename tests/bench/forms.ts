import {
  applyFieldRules,
  recomputeFields,
  tableTotals,
  validateFormValues,
  type FormValues,
} from '@baton/schemas';
import { measureTypingInBrowser } from './forms-browser.ts';
import { benchForm as form, benchValues, FRAME_MS, ROWS } from './forms-fixture.ts';
import { median, spread, timeOnce } from './measure.ts';
import type { BenchOptions } from './options.ts';
import type { Section } from './report.ts';

const WARMUP = 20;
const table = form.fields.find((field) => field.type === 'table');

/**
 * What the designer works out per keystroke in a cell (use-form-editor, use-field-rules,
 * TableTotals): the formulas, the rules, the column totals. The other rows stay the same
 * objects, as they do in the editor.
 */
function keystroke(values: FormValues, row: number, text: string): number {
  const items = (values.items as Record<string, unknown>[]).map((cells, index) =>
    index === row ? { ...cells, quantity: text } : cells,
  );

  return timeOnce(() => {
    const computed = recomputeFields(form, { ...values, items });
    applyFieldRules(form, computed, { today: '2026-03-12' });
    if (table?.type === 'table') tableTotals(table, computed.items as unknown[]);
  });
}

/**
 * (d) Forms: a 200-row line-item table (quantity × unit price rows, a total, linkage rules that
 * read the total). One keystroke is what the browser runs on each edit of a cell; one
 * validation is the server's `validateFormValues` of the whole request; then the same typing
 * in Chromium, from keydown to the frame that shows it (see `measureTypingInBrowser`).
 */
export async function measureForms(options: BenchOptions): Promise<Section> {
  const { formKeystrokes, formValidations } = options.sizes;
  const values = benchValues();
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
  const browser = await measureTypingInBrowser(options);

  return {
    title: `(d) forms: a ${ROWS}-row line-item table`,
    notes: [
      `keystroke: one cell edited, then recomputeFields, applyFieldRules (row formulas, ` +
        `total, rules) and tableTotals; median of ${formKeystrokes} after ${WARMUP} warm-up`,
      `validation: validateFormValues of the whole request (issues: ${issues}), ` +
        `median of ${formValidations}`,
      browser.note,
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
      ...browser.lines,
    ],
  };
}
