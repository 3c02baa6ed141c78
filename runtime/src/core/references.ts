import type { FormDefinition, FormValues, ValidationIssue } from '@baton/schemas';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import { runtimeError } from '../messages.ts';

/** Longest excerpt of a bad value an error repeats. */
const EXCERPT = 64;

/** The ids a `user` or `department` value holds; other shapes are the form check's business. */
function idsOf(value: unknown): readonly string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string');

  return [];
}

function known(org: OrgDirectory, type: 'user' | 'department', id: string): boolean {
  if (type === 'department') return org.getDepartment(id) !== undefined;
  const user = org.getUser(id);

  return user !== undefined && !user.disabled;
}

function unknownReference(field: string, id: string) {
  const params = { field, value: id.slice(0, EXCERPT) };
  const error = runtimeError('form.unknown-reference', params);
  const issue: ValidationIssue = {
    code: error.code,
    severity: 'error',
    path: [field],
    message: error.message,
  };

  return runtimeError('form.unknown-reference', params, { issues: [issue] });
}

/**
 * Refuses values whose `user` or `department` fields name what the org does not hold: every
 * user must exist and be enabled, every department must exist. `form.unknown-reference`, with
 * an issue at the field's path, names the first such value. The org directory's lookups are
 * maps, so `__proto__` or `constructor` are unknown ids like any other.
 */
export function assertReferencesKnown(
  form: FormDefinition,
  values: FormValues,
  org: OrgDirectory,
): void {
  for (const field of form.fields) {
    if (field.type !== 'user' && field.type !== 'department') continue;
    if (!Object.hasOwn(values, field.key)) continue;
    for (const id of idsOf(values[field.key])) {
      if (!known(org, field.type, id)) throw unknownReference(field.key, id);
    }
  }
}
