import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sumDecimals } from './decimal.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const folder = path.resolve(repoRoot, '../shared/data/invoices');
const present = existsSync(folder);
const files = present ? readdirSync(folder).filter((name) => /\.xml$/i.test(name)) : [];

const LINE = /<cac:(InvoiceLine|CreditNoteLine)>([\s\S]*?)<\/cac:\1>/g;
const TOTAL = /<cac:LegalMonetaryTotal>([\s\S]*?)<\/cac:LegalMonetaryTotal>/;
const AMOUNT = /<cbc:LineExtensionAmount[^>]*>([^<]+)<\/cbc:LineExtensionAmount>/;

/** The line amounts and the header total of a UBL invoice or credit note. */
function amounts(xml: string): { lines: string[]; total: string | undefined } {
  const lines = [...xml.matchAll(LINE)].map((match) => AMOUNT.exec(match[2] ?? '')?.[1] ?? '');
  const header = TOTAL.exec(xml)?.[1] ?? '';

  return { lines: lines.map((line) => line.trim()), total: AMOUNT.exec(header)?.[1]?.trim() };
}

const title = present
  ? 'EN 16931 e-invoice examples (../shared/data/invoices)'
  : `EN 16931 e-invoice examples: skipped, ${folder} is absent (shared data sits beside the checkout)`;

describe.skipIf(!present)(title, () => {
  it('finds the example files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('sums the line amounts of %s to its header total exactly', (file) => {
    // given an invoice whose header total is the exact decimal sum of its lines
    const { lines, total } = amounts(readFileSync(path.join(folder, file), 'utf8'));
    expect(lines.length).toBeGreaterThan(0);

    // when the lines are summed with decimals
    const sum = sumDecimals(lines);

    // then the sum equals the header amount, digit for digit
    expect(sum).toBe(total);
  });
});
