import type { Locale } from '../i18n.ts';
import type { Expr } from './ast.ts';
import { TypeChecker } from './check.ts';
import { type ExpressionIssue, expressionIssue } from './issue.ts';
import { parseExpression } from './parse.ts';
import { type ExprType, type ExpressionScope, isNumeric, typeName } from './types.ts';

/** What the whole expression must give: a condition is `boolean`, a formula `number`. */
export type ExpectedType = 'boolean' | 'number';
export type CheckExpressionOptions = { readonly expected?: ExpectedType; readonly locale?: Locale };

export type ExpressionCheck = {
  /** True when there are no issues. */
  readonly ok: boolean;
  readonly ast: Expr | null;
  /** The type of the whole expression, `null` when it cannot be known. */
  readonly type: ExprType | null;
  readonly issues: readonly ExpressionIssue[];
};

function fitsExpected(type: ExprType, expected: ExpectedType): boolean {
  return expected === 'boolean' ? type === 'boolean' : isNumeric(type);
}

/** Type-checks a parsed expression against a scope. @internal */
export function checkParsed(
  ast: Expr,
  scope: ExpressionScope,
  options: CheckExpressionOptions = {},
): ExpressionCheck {
  const locale = options.locale ?? 'en';
  const checker = new TypeChecker(scope, locale);
  const type = checker.typeOf(ast);
  const issues = checker.issues;
  if (type !== null && options.expected && !fitsExpected(type, options.expected)) {
    const params = {
      expected: typeName(options.expected, locale),
      actual: typeName(type, locale),
    };
    issues.push(expressionIssue('expr.result-type', params, { span: ast, locale }));
  }

  return { ok: issues.length === 0, ast, type: issues.length === 0 ? type : null, issues };
}

/**
 * Parses and type-checks an expression against the fields in `scope` (see `formScope`).
 * Reports unknown fields and columns, type mismatches, wrong argument counts and unknown
 * functions, each with `start`/`end` offsets in `source`. Never throws.
 *
 * @example checkExpression('amount >= 5000', formScope(form), 'boolean')
 */
export function checkExpression(
  source: string,
  scope: ExpressionScope,
  expected?: ExpectedType | CheckExpressionOptions,
): ExpressionCheck {
  const options = typeof expected === 'string' ? { expected } : (expected ?? {});
  const parsed = parseExpression(source, options.locale ?? 'en');
  if (!parsed.ok) return { ok: false, ast: null, type: null, issues: parsed.issues };

  return checkParsed(parsed.ast, scope, options);
}
