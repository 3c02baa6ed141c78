import { BatonError, errorFactory } from '../errors.ts';
import type { FormDefinition, FormValues } from '../form/form.ts';
import { type EnvironmentOptions, formEnvironment, formScope } from '../form/scope.ts';
import { schemasErrors } from '../messages.ts';
import { decimalToString } from '../money/decimal.ts';
import type { Expr } from './ast.ts';
import { type ExpectedType, checkExpression } from './check-expression.ts';
import { evaluateExpr } from './evaluate.ts';
import type { ExpressionScope } from './types.ts';
import { isDecimal } from './value.ts';

const fail = errorFactory(schemasErrors);
const CACHE_LIMIT = 500;
/**
 * Checked trees per owner (a form, or a table for its row formulas) and source: a published
 * flow's conditions are parsed once. Weakly held: a form that is gone takes its trees along.
 */
const cache = new WeakMap<object, Map<string, Expr>>();

/**
 * The checked tree of `source` over the scope of `owner` (built by `scope` on a cache miss).
 * Throws `BatonError` `expression.invalid` when it does not parse or type-check. @internal
 */
export function compileFor(options: {
  owner: object;
  source: string;
  scope: () => ExpressionScope;
  expected: ExpectedType;
}): Expr {
  const { owner, source, expected } = options;
  const key = `${expected}:${source}`;
  let forOwner = cache.get(owner);
  const hit = forOwner?.get(key);
  if (hit) return hit;
  const checked = checkExpression(source, options.scope(), expected);
  if (!checked.ast || !checked.ok) {
    const detail = checked.issues.map((issue) => issue.message).join('; ');
    throw fail('expression.invalid', { source, detail }, { issues: checked.issues });
  }
  if (!forOwner) {
    forOwner = new Map();
    cache.set(owner, forOwner);
  }
  if (forOwner.size >= CACHE_LIMIT) forOwner.clear();
  forOwner.set(key, checked.ast);

  return checked.ast;
}

/**
 * `compileFor`, or `null` for a source that does not parse or type-check: a form's own formulas
 * and rules are reported by `checkForm`, and until they are fixed they give no value. @internal
 */
export function compileOrNull(options: Parameters<typeof compileFor>[0]): Expr | null {
  try {
    return compileFor(options);
  } catch (error) {
    if (error instanceof BatonError && error.code === 'expression.invalid') return null;
    throw error;
  }
}

/** The checked tree of an expression over a form's fields; throws like `compileFor`. */
function compile(source: string, form: FormDefinition, expected: ExpectedType): Expr {
  return compileFor({ owner: form, source, scope: () => formScope(form), expected });
}

/**
 * Evaluates a condition over form values (`options.calendar` counts working days of date
 * ranges that ask for them). True only when the condition is definitely met: a
 * comparison with a missing or empty value is never true, whichever the operator, and stays
 * unknown through `!`. Throws `BatonError` `expression.invalid` when the source does not
 * parse or type-check against the form (the checker refuses such flows before publishing).
 */
export function evaluateCondition(
  source: string,
  values: FormValues,
  form: FormDefinition,
  options: EnvironmentOptions = {},
): boolean {
  const ast = compile(source, form, 'boolean');

  return evaluateExpr(ast, formEnvironment(form, values, options)) === true;
}

/**
 * Evaluates a formula over form values and gives the exact decimal as a string (never
 * rounded unless the formula rounds), or `null` when the result is empty: a missing operand,
 * a division by zero. Throws like `evaluateCondition` on a bad source.
 */
export function evaluateFormula(
  source: string,
  values: FormValues,
  form: FormDefinition,
  options: EnvironmentOptions = {},
): string | null {
  const ast = compile(source, form, 'number');
  const result = evaluateExpr(ast, formEnvironment(form, values, options));

  return isDecimal(result) ? decimalToString(result) : null;
}
