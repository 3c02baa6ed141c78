import type { Locale, ValidationIssue } from '@baton/schemas';
import { translate } from '../errors/catalogue.ts';

/** How deep API input may nest (objects and arrays); deeper input is refused before any use. */
export const MAX_INPUT_DEPTH = 64;

// Enough to show what is wrong without answering a flood with a flood.
const MAX_REPORTED = 20;

type Path = ReadonlyArray<string | number>;
type TextProblem = 'input.nul-character' | 'input.unpaired-surrogate';
type Found = { readonly code: TextProblem | 'input.too-deep'; readonly path: Path };

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored as it is: PostgreSQL refuses U+0000; lone surrogates are not text. */
function textProblem(text: string): TextProblem | undefined {
  if (text.includes('\u0000')) return 'input.nul-character';
  if (UNPAIRED_SURROGATE.test(text)) return 'input.unpaired-surrogate';

  return undefined;
}
type Pending = {
  readonly value: unknown;
  readonly path: Path;
  readonly depth: number;
  /** The last path segment is an object key that cannot be stored. */
  readonly badKey?: TextProblem | undefined;
};

function children(value: object): Array<[string | number, unknown]> {
  return Array.isArray(value)
    ? value.map((item, index) => [index, item] as [number, unknown])
    : Object.entries(value);
}

/**
 * Strings (values and object keys) holding U+0000, which PostgreSQL cannot store, or an unpaired
 * UTF-16 surrogate, which is not text at all, and containers
 * nested deeper than `maxDepth` (the top-level value is depth 1). Walks without recursion and
 * never below `maxDepth`, so any parsed JSON is safe to inspect.
 */
export function findRawInputProblems(input: unknown, maxDepth = MAX_INPUT_DEPTH): Found[] {
  const found: Found[] = [];
  const pending: Pending[] = [{ value: input, path: [], depth: 1 }];
  while (pending.length > 0 && found.length < MAX_REPORTED) {
    const { value, path, depth, badKey } = pending.pop() as Pending;
    if (badKey) {
      found.push({ code: badKey, path });
      continue;
    }
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) found.push({ code: problem, path });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) {
      found.push({ code: 'input.too-deep', path });
      continue;
    }
    const entries = children(value);
    // Reversed onto the stack, so problems come out in document order.
    for (let index = entries.length - 1; index >= 0; index -= 1) {
      const [key, child] = entries[index] as [string | number, unknown];
      const badKey = typeof key === 'string' ? textProblem(key) : undefined;
      pending.push({ value: child, path: [...path, key], depth: depth + 1, badKey });
    }
  }

  return found;
}

/** The problems of `findRawInputProblems` as issues in the caller's language. */
export function rawInputIssues(input: unknown, locale: Locale): ValidationIssue[] {
  return findRawInputProblems(input).map(({ code, path }) => ({
    code,
    severity: 'error',
    path: [...path],
    message: translate(code, { max: MAX_INPUT_DEPTH }, locale) ?? code,
  }));
}
