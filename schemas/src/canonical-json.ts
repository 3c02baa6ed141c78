/**
 * JSON with object keys sorted at every level and no whitespace, so equal documents give equal
 * text whatever order their keys were written in (content hashes, diffs). Like `JSON.stringify`,
 * it leaves out `undefined` properties and writes non-finite numbers as `null`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item: unknown) => (item === undefined ? null : sortKeys(item)));
  if (typeof value !== 'object' || value === null) return value;
  const json: unknown =
    'toJSON' in value && typeof value.toJSON === 'function' ? value.toJSON() : value;
  if (json !== value) return sortKeys(json);
  const entries: Array<[string, unknown]> = [];
  for (const key of Object.keys(value).sort()) {
    const item: unknown = Reflect.get(value, key);
    if (item !== undefined && typeof item !== 'function') entries.push([key, sortKeys(item)]);
  }

  // fromEntries defines own properties, so a key such as "__proto__" stays plain data.
  return Object.fromEntries(entries);
}
