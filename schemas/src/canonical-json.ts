import { errorFactory } from './errors.ts';
import { schemasErrors } from './messages.ts';

const fail = errorFactory(schemasErrors);

/** Deepest nesting of objects and arrays `canonicalJson` writes. */
export const MAX_CANONICAL_DEPTH = 64;

/**
 * JSON with object keys sorted at every level and no whitespace, so equal documents give equal
 * text whatever order their keys were written in (content hashes, diffs). Like `JSON.stringify`,
 * it leaves out `undefined` properties and writes non-finite numbers as `null`. Throws
 * `BatonError` `document.too-deep` for objects and arrays nested more than 64 levels deep (a
 * cyclic value included) instead of overflowing the stack.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, 0)) ?? 'null';
}

function sortKeys(value: unknown, depth: number): unknown {
  // Like JSON.stringify, `toJSON` is asked once and its result written as it is.
  const json: unknown =
    typeof value === 'object' &&
    value !== null &&
    'toJSON' in value &&
    typeof value.toJSON === 'function'
      ? value.toJSON()
      : value;
  if (typeof json !== 'object' || json === null) return json;
  if (depth >= MAX_CANONICAL_DEPTH) throw fail('document.too-deep', { max: MAX_CANONICAL_DEPTH });
  if (Array.isArray(json))
    return json.map((item: unknown) => (item === undefined ? null : sortKeys(item, depth + 1)));
  const entries: Array<[string, unknown]> = [];
  for (const key of Object.keys(json).sort()) {
    const item: unknown = Reflect.get(json, key);
    if (item !== undefined && typeof item !== 'function')
      entries.push([key, sortKeys(item, depth + 1)]);
  }

  // fromEntries defines own properties, so a key such as "__proto__" stays plain data.
  return Object.fromEntries(entries);
}
