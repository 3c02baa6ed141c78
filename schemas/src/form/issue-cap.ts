import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { createIssue } from '../issue-factory.ts';

/** Most issues one validation lists: enough to act on, short enough to send back. */
export const MAX_LISTED_ISSUES = 100;

/**
 * The first `MAX_LISTED_ISSUES` issues, then one `form.issues.more` issue (at the root path)
 * counting those left out, so that a submission with thousands of bad keys gets a short answer.
 */
export function capIssues(issues: readonly ValidationIssue[], locale: Locale): ValidationIssue[] {
  if (issues.length <= MAX_LISTED_ISSUES) return [...issues];
  const count = issues.length - MAX_LISTED_ISSUES;
  const more = createIssue('form.issues.more', { count }, { path: [], locale });

  return [...issues.slice(0, MAX_LISTED_ISSUES), more];
}
