import type { Locale } from '../i18n.ts';
import { type Expr, childrenOf } from './ast.ts';
import { type ExpressionIssue, expressionIssue } from './issue.ts';
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from './limits.ts';
import { parseOrThrow } from './parser.ts';
import { ExpressionSyntaxError } from './syntax-error.ts';

export type ParseResult =
  | { readonly ok: true; readonly ast: Expr; readonly issues: readonly [] }
  | { readonly ok: false; readonly ast: null; readonly issues: readonly ExpressionIssue[] };

/** The first node found below `max` levels, walking without recursion. */
function tooDeep(root: Expr, max: number): Expr | undefined {
  const stack: Array<{ node: Expr; depth: number }> = [{ node: root, depth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (item.depth > max) return item.node;
    for (const child of childrenOf(item.node)) stack.push({ node: child, depth: item.depth + 1 });
  }

  return undefined;
}

function failure(issue: ExpressionIssue): ParseResult {
  return { ok: false, ast: null, issues: [issue] };
}

/**
 * Parses an expression of Baton's condition and formula language. Never throws: a bad source
 * gives `ok: false` and one issue with its position. Sources longer than
 * `MAX_EXPRESSION_LENGTH` or nested deeper than `MAX_EXPRESSION_DEPTH` are refused.
 *
 * @example parseExpression('amount >= 5000 && costCentre in ["sales", "ops"]')
 */
export function parseExpression(source: string, locale: Locale = 'en'): ParseResult {
  if (source.length > MAX_EXPRESSION_LENGTH) {
    const span = { start: MAX_EXPRESSION_LENGTH, end: source.length };

    return failure(
      expressionIssue(
        'expr.too-long',
        { length: source.length, max: MAX_EXPRESSION_LENGTH },
        {
          span,
          locale,
        },
      ),
    );
  }
  if (source.trim() === '') {
    return failure(
      expressionIssue('expr.empty', {}, { span: { start: 0, end: source.length }, locale }),
    );
  }
  try {
    const ast = parseOrThrow(source);
    const deep = tooDeep(ast, MAX_EXPRESSION_DEPTH);
    if (deep) {
      return failure(
        expressionIssue('expr.too-deep', { max: MAX_EXPRESSION_DEPTH }, { span: deep, locale }),
      );
    }

    return { ok: true, ast, issues: [] };
  } catch (error) {
    if (!(error instanceof ExpressionSyntaxError)) throw error;

    return failure(expressionIssue(error.code, error.params, { span: error.span, locale }));
  }
}
