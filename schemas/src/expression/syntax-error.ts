import type { IssueCode, MessageParams } from '../messages.ts';
import type { Span } from './ast.ts';

/**
 * Thrown inside the tokenizer and parser only, and always caught by `parseExpression`, which
 * turns it into an issue: the public API never throws on a bad source.
 * @internal
 */
export class ExpressionSyntaxError extends Error {
  readonly code: IssueCode;
  readonly params: MessageParams;
  readonly span: Span;

  constructor(code: IssueCode, params: MessageParams, span: Span) {
    super(code);
    this.name = 'ExpressionSyntaxError';
    this.code = code;
    this.params = params;
    this.span = span;
  }
}
