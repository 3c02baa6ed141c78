import type { ValidationIssue } from '@baton/schemas';

type SchemaIssueLike = {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly path?: ReadonlyArray<unknown>;
};

function isIssueList(value: unknown): value is ReadonlyArray<SchemaIssueLike> {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
}

function pathSegment(segment: unknown): string | number {
  if (typeof segment === 'number' || typeof segment === 'string') return segment;
  // Standard Schema allows `{ key }` path segments; zod uses plain keys.
  if (typeof segment === 'object' && segment !== null && 'key' in segment)
    return pathSegment(segment.key);

  return String(segment);
}

/**
 * The issues of a zod (or any Standard Schema) error as Baton issues: `code` is `input.<zod code>`
 * (e.g. `input.invalid_type`), the path is the zod path, the message zod's English text.
 */
export function schemaIssues(error: unknown): ValidationIssue[] | undefined {
  if (typeof error !== 'object' || error === null || !('issues' in error)) return undefined;
  const { issues } = error;
  if (!isIssueList(issues)) return undefined;

  return issues.map((issue) => ({
    code: `input.${typeof issue.code === 'string' ? issue.code : 'invalid'}`,
    severity: 'error',
    path: (issue.path ?? []).map(pathSegment),
    message: typeof issue.message === 'string' ? issue.message : 'invalid value',
  }));
}
