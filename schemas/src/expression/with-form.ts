import { errorFactory } from '../errors.ts';
import type { FormDefinition, FormValues } from '../form/form.ts';
import { formEnvironment, formScope } from '../form/scope.ts';
import { schemasErrors } from '../messages.ts';
import { decimalToString } from '../money/decimal.ts';
import type { Expr } from './ast.ts';
import { type ExpectedType, checkExpression } from './check-expression.ts';
import { evaluateExpr } from './evaluate.ts';
import { isDecimal } from './value.ts';

const fail = errorFactory(schemasErrors);
const CACHE_LIMIT = 500;
/** Checked trees per form and source: a published flow's conditions are parsed once. */
const cache = new WeakMap<FormDefinition, Map<string, Expr>>();

function compile(source: string, form: FormDefinition, expected: ExpectedType): Expr {
  const key = `${expected}:${source}`;
  let forForm = cache.get(form);
  const hit = forForm?.get(key);
  if (hit) return hit;
  const checked = checkExpression(source, formScope(form), expected);
  if (!checked.ast || !checked.ok) {
    const detail = checked.issues.map((issue) => issue.message).join('; ');
    throw fail('expression.invalid', { source, detail }, { issues: checked.issues });
  }
  if (!forForm) {
    forForm = new Map();
    cache.set(form, forForm);
  }
  if (forForm.size >= CACHE_LIMIT) forForm.clear();
  forForm.set(key, checked.ast);

  return checked.ast;
}

/**
 * Evaluates a condition over form values. True only when the condition is definitely met: a
 * comparison with a missing or empty value is never true, whichever the operator, and stays
 * unknown through `!`. Throws `BatonError` `expression.invalid` when the source does not
 * parse or type-check against the form (the checker refuses such flows before publishing).
 */
export function evaluateCondition(
  source: string,
  values: FormValues,
  form: FormDefinition,
): boolean {
  const ast = compile(source, form, 'boolean');

  return evaluateExpr(ast, formEnvironment(form, values)) === true;
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
): string | null {
  const ast = compile(source, form, 'number');
  const result = evaluateExpr(ast, formEnvironment(form, values));

  return isDecimal(result) ? decimalToString(result) : null;
}
