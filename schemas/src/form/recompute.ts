import { evaluateExpr } from '../expression/evaluate.ts';
import { compileOrNull } from '../expression/with-form.ts';
import { Dec, decimalToString } from '../money/decimal.ts';
import { type ComputedField, computedOrder } from './computed.ts';
import { MAX_INTEGER_DIGITS, integerDigits } from './decimal-value.ts';
import type { FormDefinition, FormValues } from './form.ts';
import { computeRows } from './row-formulas.ts';
import { type EnvironmentOptions, formEnvironment, formScope } from './scope.ts';

/** Values with every formula worked out, and the computed fields whose result was too large. */
export type Recomputed = {
  readonly values: FormValues;
  /** Computed fields whose result has more than 18 digits before the point (left out). */
  readonly tooLarge: ReadonlyArray<{ readonly field: ComputedField; readonly value: string }>;
};

function formulaTree(field: ComputedField, form: FormDefinition) {
  const scope = () => formScope(form);

  return compileOrNull({ owner: form, source: field.formula, scope, expected: 'number' });
}

/**
 * Works out every formula of a form over `values`: first the computed columns of each table
 * row (see `computeRows`), then the computed fields in dependency order, each rounded half-up
 * to its places. Whatever was there before is replaced: a computed value is never taken from
 * the client. A formula that gives no value (a missing operand) leaves its field out, and so
 * does one beyond 18 digits before the point (listed in `tooLarge`).
 */
export function computeValues(
  form: FormDefinition,
  values: FormValues,
  options: EnvironmentOptions = {},
): Recomputed {
  const out: FormValues = { ...values };
  for (const field of form.fields) {
    const rows = out[field.key];
    if (field.type === 'table' && Array.isArray(rows)) out[field.key] = computeRows(field, rows);
  }
  const { order, cyclic } = computedOrder(form);
  for (const key of cyclic) delete out[key];
  for (const field of order) delete out[field.key];
  const env = formEnvironment(form, out, options);
  const tooLarge: Array<{ field: ComputedField; value: string }> = [];
  for (const field of order) {
    const ast = formulaTree(field, form);
    const result = ast ? evaluateExpr(ast, env) : null;
    if (!Dec.isDecimal(result)) continue;
    const value = decimalToString(result, field.decimals);
    if (integerDigits(value) > MAX_INTEGER_DIGITS) {
      tooLarge.push({ field, value });
      continue;
    }
    out[field.key] = value;
    env[field.key] = new Dec(value);
  }

  return { values: out, tooLarge };
}

/** `computeValues` without the report: the values with every formula worked out. */
export function recomputeFields(
  form: FormDefinition,
  values: FormValues,
  options: EnvironmentOptions = {},
): FormValues {
  return computeValues(form, values, options).values;
}
