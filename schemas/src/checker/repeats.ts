import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { phrase } from '../messages.ts';

function repeatKey(issue: ValidationIssue): string {
  const { code, severity, nodeId, edgeId, start, end, message } = issue;

  return JSON.stringify([code, severity, nodeId ?? null, edgeId ?? null, start, end, message]);
}

/**
 * The issues with identical repeats collapsed: issues with the same code, severity, node or
 * edge and message (so the same parameters) become the first of them, at its path, its message
 * saying how many times it occurred ("… (20000 times)"). A list of thousands of identical
 * entries then gives one issue, not thousands. Order is kept (by first occurrence). @internal
 */
export function collapseRepeats(
  issues: readonly ValidationIssue[],
  locale: Locale,
): ValidationIssue[] {
  const counts = new Map<string, { first: ValidationIssue; count: number }>();
  for (const issue of issues) {
    const key = repeatKey(issue);
    const known = counts.get(key);
    if (known) known.count += 1;
    else counts.set(key, { first: issue, count: 1 });
  }
  if (counts.size === issues.length) return [...issues];

  return [...counts.values()].map(({ first, count }) =>
    count === 1
      ? first
      : { ...first, message: phrase('issue.repeated', { message: first.message, count }, locale) },
  );
}
