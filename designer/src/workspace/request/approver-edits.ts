import type { FormValues, ValidationIssue } from '@baton/schemas';

/** Key order does not matter when comparing values (a row rebuilt by a formula reorders keys). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/**
 * What Approve sends for an approver's edits: the editable fields whose value differs from the
 * stored one, by key (a cleared field as `null`), or `undefined` when nothing changed.
 */
export function changedFields(
  editable: readonly string[],
  stored: FormValues,
  edited: FormValues,
): FormValues | undefined {
  const patch: FormValues = {};
  for (const key of editable) {
    const before = Object.hasOwn(stored, key) ? stored[key] : undefined;
    const after = Object.hasOwn(edited, key) ? edited[key] : undefined;
    if (canonical(before) !== canonical(after)) patch[key] = after ?? null;
  }

  return Object.keys(patch).length === 0 ? undefined : patch;
}

/** The issues about the editable fields: the only ones the approver can do something about. */
export function editableIssues(
  editable: readonly string[],
  issues: readonly ValidationIssue[],
): ValidationIssue[] {
  const keys = new Set(editable);

  return issues.filter((issue) => {
    const path = issue.path[0] === 'values' ? issue.path.slice(1) : issue.path;

    return typeof path[0] === 'string' && keys.has(path[0]);
  });
}
