import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The EN 16931 (UBL) e-invoice examples in `../shared/data/invoices`, beside the checkout, read
 * for tests: each line's quantity, unit price and amount, and the header's line total. Test
 * support only (it reads files), never imported by the package. @internal
 */
export type InvoiceLine = {
  readonly quantity: string;
  readonly price: string;
  /** Quantity the price is for (`BaseQuantity`), `1` when the invoice gives none. */
  readonly baseQuantity: string;
  readonly amount: string;
  /** Whether the line has its own allowances or charges (its amount is not quantity × price). */
  readonly adjusted: boolean;
};
export type InvoiceExample = {
  readonly file: string;
  readonly lines: readonly InvoiceLine[];
  readonly total: string | undefined;
};

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the examples are looked for. */
export const INVOICE_FOLDER = path.resolve(repoRoot, '../shared/data/invoices');

const LINE = /<cac:(InvoiceLine|CreditNoteLine)>([\s\S]*?)<\/cac:\1>/g;
const TOTAL = /<cac:LegalMonetaryTotal>([\s\S]*?)<\/cac:LegalMonetaryTotal>/;
const AMOUNT = /<cbc:LineExtensionAmount[^>]*>([^<]+)<\/cbc:LineExtensionAmount>/;
const QUANTITY = /<cbc:(?:Invoiced|Credited)Quantity[^>]*>([^<]+)</;
const PRICE = /<cac:Price>([\s\S]*?)<\/cac:Price>/;
const PRICE_AMOUNT = /<cbc:PriceAmount[^>]*>([^<]+)</;
const BASE = /<cbc:BaseQuantity[^>]*>([^<]+)</;

function lineOf(xml: string): InvoiceLine {
  const price = PRICE.exec(xml)?.[1] ?? '';

  return {
    quantity: QUANTITY.exec(xml)?.[1]?.trim() ?? '',
    price: PRICE_AMOUNT.exec(price)?.[1]?.trim() ?? '',
    baseQuantity: BASE.exec(price)?.[1]?.trim() ?? '1',
    amount: AMOUNT.exec(xml)?.[1]?.trim() ?? '',
    adjusted: xml.replace(PRICE, '').includes('<cac:AllowanceCharge>'),
  };
}

/** The examples, or none when the folder is absent (the tests then skip, saying why). */
export function invoiceExamples(): InvoiceExample[] {
  if (!existsSync(INVOICE_FOLDER)) return [];
  const files = readdirSync(INVOICE_FOLDER).filter((name) => /\.xml$/i.test(name));

  return files.map((file) => {
    const xml = readFileSync(path.join(INVOICE_FOLDER, file), 'utf8');
    const lines = [...xml.matchAll(LINE)].map((match) => lineOf(match[2] ?? ''));
    const header = TOTAL.exec(xml)?.[1] ?? '';

    return { file, lines, total: AMOUNT.exec(header)?.[1]?.trim() };
  });
}
