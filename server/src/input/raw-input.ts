import type { Locale, ValidationIssue } from '@baton/schemas';
import { translate } from '../errors/catalogue.ts';

/** How deep API input may nest (objects and arrays); deeper input is refused before any use. */
export const MAX_INPUT_DEPTH = 64;

// Enough to show what is wrong without answering a flood with a flood.
const MAX_REPORTED = 20;

type Path = ReadonlyArray<string | number>;
type Found = { readonly code: 'input.nul-character' | 'input.too-deep'; readonly path: Path };
type Pending = {
  readonly value: unknown;
  readonly path: Path;
  readonly depth: number;
  /** The last path segment is an object key holding U+0000. */
  readonly badKey?: boolean;
};

function children(value: object): Array<[string | number, unknown]> {
  return Array.isArray(value)
    ? value.map((item, index) => [index, item] as [number, unknown])
    : Object.entries(value);
}

/**
 * Strings (values and object keys) holding U+0000, which PostgreSQL cannot store, and containers
 * nested deeper than `maxDepth` (the top-level value is depth 1). Walks without recursion and
 * never below `maxDepth`, so any parsed JSON is safe to inspect.
 */
export function findRawInputProblems(input: unknown, maxDepth = MAX_INPUT_DEPTH): Found[] {
  const found: Found[] = [];
  const pending: Pending[] = [{ value: input, path: [], depth: 1 }];
  while (pending.length > 0 && found.length < MAX_REPORTED) {
    const { value, path, depth, badKey } = pending.pop() as Pending;
    if (badKey) {
      found.push({ code: 'input.nul-character', path });
      continue;
    }
    if (typeof value === 'string') {
      if (value.includes('\u0000')) found.push({ code: 'input.nul-character', path });
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
      const badKey = typeof key === 'string' && key.includes('\u0000');
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
