import type { ExpressionIssue } from './expression/issue.ts';
import type { Locale } from './i18n.ts';
import type { ValidationIssue } from './issue.ts';
import { type IssueCode, type MessageParams, issueText } from './messages.ts';

export type IssuePath = ValidationIssue['path'];

export type IssuePlace = {
  readonly path: IssuePath;
  readonly locale: Locale;
  readonly severity?: 'error' | 'warning';
  readonly nodeId?: string | undefined;
  readonly edgeId?: string | undefined;
  readonly start?: number | undefined;
  readonly end?: number | undefined;
  /** Text put before the catalogue message, such as "Formula of Total: ". */
  readonly prefix?: string;
};

function build(code: string, message: string, place: IssuePlace): ValidationIssue {
  const issue: ValidationIssue = {
    code,
    severity: place.severity ?? 'error',
    path: [...place.path],
    message: `${place.prefix ?? ''}${message}`,
  };
  if (place.nodeId !== undefined) issue.nodeId = place.nodeId;
  if (place.edgeId !== undefined) issue.edgeId = place.edgeId;
  if (place.start !== undefined) issue.start = place.start;
  if (place.end !== undefined) issue.end = place.end;

  return issue;
}

/** Builds a `ValidationIssue` whose message comes from the catalogue in `place.locale`. @internal */
export function createIssue(
  code: IssueCode,
  params: MessageParams,
  place: IssuePlace,
): ValidationIssue {
  return build(code, issueText(code, params, place.locale), place);
}

/** An expression issue placed in a document, keeping its code and its span. @internal */
export function placeExpressionIssue(issue: ExpressionIssue, place: IssuePlace): ValidationIssue {
  return build(issue.code, issue.message, { ...place, start: issue.start, end: issue.end });
}
