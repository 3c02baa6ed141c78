import type { Locale, ValidationIssue } from '@baton/schemas';
import { serverIssue } from '../messages.ts';

/** The most characters (code points) of a sample name, once trimmed. */
export const SAMPLE_NAME_MAX = 100;

// C0 controls, DEL and C1 controls: none belongs in a one-line name (tabs and line breaks too).
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
// Embeddings, overrides and isolates: they make a name read differently from what it holds.
const DIRECTION = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * A sample name as stored: trimmed, 1 to `SAMPLE_NAME_MAX` characters, without control
 * characters or text-direction controls (checked before trimming, so a trailing line break is
 * refused rather than dropped). `issues` are at `name`, in `locale`; `name` is the trimmed text.
 */
export function checkSampleName(
  raw: string,
  locale: Locale,
): { name: string; issues: ValidationIssue[] } {
  const place = { path: ['name'], locale };
  const name = raw.trim();
  const issues: ValidationIssue[] = [];
  if (CONTROL.test(raw)) issues.push(serverIssue('sample.name-control', {}, place));
  if (DIRECTION.test(raw)) issues.push(serverIssue('sample.name-direction', {}, place));
  const length = [...name].length;
  if (length < 1 || length > SAMPLE_NAME_MAX)
    issues.push(serverIssue('sample.name-length', { max: SAMPLE_NAME_MAX }, place));

  return { name, issues };
}
