import type { Locale, ValidationIssue } from '@baton/schemas';
import { schemaIssueMessage, type SchemaIssueLike } from './schema-messages.ts';

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

/** True when `input` has no value at `path` (a missing property, or a parent that is not there). */
function isMissing(input: unknown, path: ReadonlyArray<string | number>): boolean {
  let current: unknown = input;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return true;
    if (!Object.hasOwn(current, segment)) return true;
    current = (current as Record<string | number, unknown>)[segment];
  }

  return current === undefined;
}

/**
 * The issues of a zod (or any Standard Schema) error as Baton issues: `code` is `input.<zod code>`
 * (e.g. `input.invalid_type`), the path is the zod path, the message a short text in `locale`.
 * `input` is the raw input the schema saw; it tells a missing value from a wrong one.
 */
export function schemaIssues(
  error: unknown,
  options: { locale: Locale; input?: unknown } = { locale: 'en' },
): ValidationIssue[] | undefined {
  if (typeof error !== 'object' || error === null || !('issues' in error)) return undefined;
  const { issues } = error;
  if (!isIssueList(issues)) return undefined;

  return issues.map((issue) => {
    const path = (issue.path ?? []).map(pathSegment);

    return {
      code: `input.${typeof issue.code === 'string' ? issue.code : 'invalid'}`,
      severity: 'error',
      path,
      message: schemaIssueMessage(issue, {
        locale: options.locale,
        missing: isMissing(options.input, path),
      }),
    };
  });
}
