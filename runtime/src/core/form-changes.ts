import { canonicalJson, type FormValues } from '@baton/schemas';

/** The keys whose values differ between two versions of a request's values, sorted. */
export function changedKeys(before: FormValues, after: FormValues): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const text = (values: FormValues, key: string) =>
    Object.hasOwn(values, key) ? canonicalJson(values[key]) : undefined;

  return [...keys].filter((key) => text(before, key) !== text(after, key)).sort();
}
