import type { Locale } from '../i18n.ts';
import { type IssueCode, type MessageParams, issueText } from '../messages.ts';
import type { Span } from './ast.ts';

/** A problem in an expression, with its span in the source (for an editor marker). */
export type ExpressionIssue = {
  readonly code: IssueCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
};

export function expressionIssue(
  code: IssueCode,
  params: MessageParams,
  where: { span: Span; locale: Locale },
): ExpressionIssue {
  return {
    code,
    message: issueText(code, params, where.locale),
    start: where.span.start,
    end: where.span.end,
  };
}
