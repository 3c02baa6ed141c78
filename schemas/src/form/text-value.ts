import { resolveText } from '../i18n.ts';
import { phrase } from '../messages.ts';
import type { ColumnField } from './form.ts';
import { type CompiledPattern, compilePattern, matchesPattern } from './pattern-match.ts';
import { type FieldContext, type FieldResult, accept, refuse } from './value-issue.ts';

export type TextField = Extract<ColumnField, { type: 'text' | 'textarea' }>;

/** Longest text a pattern is tried on when the field sets no `maxLength`. */
export const MAX_PATTERN_TEXT = 2000;
/**
 * Longest value of a field that sets no `maxLength`: a line of text, or a long text. A field
 * may allow more by saying so; without a bound one value could hold megabytes.
 */
export const DEFAULT_MAX_LENGTH = { text: 2000, textarea: 20_000 } as const;
const CACHE_LIMIT = 500;
const compiled = new Map<string, CompiledPattern | null>();

/** The compiled pattern of a source, kept for the next value (a form has few of them). */
function patternOf(source: string): CompiledPattern | null {
  if (compiled.has(source)) return compiled.get(source) ?? null;
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  const pattern = compilePattern(source);
  compiled.set(source, pattern);

  return pattern;
}

function checkPattern(field: TextField, text: string, length: number, ctx: FieldContext) {
  const { pattern: source, patternMessage, maxLength } = field.validation;
  if (source === undefined) return accept(text);
  if (maxLength === undefined && length > MAX_PATTERN_TEXT)
    return refuse('form.value.too-long', { max: MAX_PATTERN_TEXT }, ctx);
  const pattern = patternOf(source);
  // A pattern outside the safe subset is reported by `checkForm`; values are not held to it.
  if (!pattern || matchesPattern(pattern, text)) return accept(text);
  const hint = patternMessage
    ? resolveText(patternMessage, ctx.locale)
    : phrase('pattern.mismatch', {}, ctx.locale);

  return refuse('form.value.pattern-mismatch', { hint }, ctx);
}

/**
 * Checks text: its length in characters (code points) within the field's bounds (without
 * `maxLength`, `DEFAULT_MAX_LENGTH` of its type), then its `pattern`, matched against the
 * whole text without backtracking; a mismatch shows the field's `patternMessage`.
 */
export function checkText(field: TextField, raw: unknown, ctx: FieldContext): FieldResult {
  if (typeof raw !== 'string') return refuse('form.value.not-string', {}, ctx);
  const { minLength, maxLength = DEFAULT_MAX_LENGTH[field.type] } = field.validation;
  // A code point takes at most two UTF-16 units: far too long text is not split to count it.
  if (raw.length > maxLength * 2) return refuse('form.value.too-long', { max: maxLength }, ctx);
  const length = [...raw].length;
  if (minLength !== undefined && length < minLength)
    return refuse('form.value.too-short', { min: minLength }, ctx);
  if (length > maxLength) return refuse('form.value.too-long', { max: maxLength }, ctx);

  return checkPattern(field, raw, length, ctx);
}
