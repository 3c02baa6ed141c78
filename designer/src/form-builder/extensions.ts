/** `PDF, .xlsx  docx` → `['pdf', 'xlsx', 'docx']`: lower case, no dots, no repeats or junk. */
export function parseExtensions(text: string): string[] {
  const words = text
    .split(/[\s,，;；]+/)
    .map((word) => word.trim().replace(/^\./, '').toLowerCase())
    .filter((word) => /^[a-z0-9]{1,10}$/.test(word));

  return [...new Set(words)];
}
