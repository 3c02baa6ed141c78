import { isDecimalString } from '@baton/schemas';

/** Makes Excel read the file as UTF-8 (Chinese text would otherwise be garbled). */
const BYTE_ORDER_MARK = '\uFEFF';

/** First characters a spreadsheet reads as the start of a formula (or of a DDE call). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: text a spreadsheet would run as a formula gets a leading `'` (so `=HYPERLINK(…)`
 * typed into a form stays text), then RFC 4180 quoting when the text holds a comma, a quote or a
 * line break, quotes doubled. A plain decimal (`-2.50`) is left as is: it cannot be a formula,
 * and a `'` would make the spreadsheet read a negative amount as text.
 */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) && !isDecimalString(text) ? `'${text}` : text;

  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document: the byte order mark, then one CRLF-terminated line per row (RFC 4180). */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  const lines = rows.map((row) => `${row.map(csvCell).join(',')}\r\n`);

  return BYTE_ORDER_MARK + lines.join('');
}
