import { describe, expect, it } from 'vitest';
import { sumDecimals } from './decimal.ts';
import { INVOICE_FOLDER, invoiceExamples } from './invoice-examples.ts';

const examples = invoiceExamples();
const present = examples.length > 0;
const title = present
  ? 'EN 16931 e-invoice examples (../shared/data/invoices)'
  : `EN 16931 e-invoice examples: skipped, ${INVOICE_FOLDER} is absent (shared data sits beside the checkout)`;

describe.skipIf(!present)(title, () => {
  it.each(examples.map((example) => [example.file, example] as const))(
    'sums the line amounts of %s to its header total exactly',
    (_file, example) => {
      // given an invoice whose header total is the exact decimal sum of its lines
      expect(example.lines.length).toBeGreaterThan(0);

      // when the lines are summed with decimals
      const sum = sumDecimals(example.lines.map((line) => line.amount));

      // then the sum equals the header amount, digit for digit
      expect(sum).toBe(example.total);
    },
  );
});
