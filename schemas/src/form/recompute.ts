import type { Expr } from '../expression/ast.ts';
import { evaluateExpr } from '../expression/evaluate.ts';
import type { Value } from '../expression/value.ts';
import { compileOrNull } from '../expression/with-form.ts';
import { Dec, decimalToString } from '../money/decimal.ts';
import { type ComputedField, computedOrder } from './computed.ts';
import { MAX_INTEGER_DIGITS, integerDigits } from './decimal-value.ts';
import type { FormDefinition, FormValues } from './form.ts';
import { computeRows, tableEnvironment } from './row-formulas.ts';
import { type EnvironmentOptions, formEnvironment, formScope } from './scope.ts';

/** Values with every formula worked out, and the computed fields whose result was too large. */
export type Recomputed = {
  readonly values: FormValues;
  /** Computed fields whose result has more than 18 digits before the point (left out). */
  readonly tooLarge: ReadonlyArray<{ readonly field: ComputedField; readonly value: string }>;
};

/** A form's computed fields in dependency order, with their formulas checked once. */
type FormFormulas = {
  readonly order: ReadonlyArray<{ readonly field: ComputedField; readonly ast: Expr | null }>;
  readonly cyclic: readonly string[];
};

/** By form object: a form is worked out on every keystroke, its formulas never change. */
const formulasByForm = new WeakMap<FormDefinition, FormFormulas>();

function formFormulas(form: FormDefinition): FormFormulas {
  const known = formulasByForm.get(form);
  if (known) return known;
  const { order, cyclic } = computedOrder(form);
  const scope = () => formScope(form);
  const compile = (field: ComputedField) =>
    compileOrNull({ owner: form, source: field.formula, scope, expected: 'number' });
  const formulas = { order: order.map((field) => ({ field, ast: compile(field) })), cyclic };
  formulasByForm.set(form, formulas);

  return formulas;
}

/**
 * `formEnvironment`, with the rows of each table read through `tableEnvironment` (each row
 * object once while its cells stay the same). The same fields win as there: the last of a key.
 * @internal
 */
export function formulaEnvironment(
  form: FormDefinition,
  values: FormValues,
  options: EnvironmentOptions = {},
): Record<string, Value> {
  const last = new Map(form.fields.map((field) => [field.key, field]));
  const tables = [...last.values()].filter((field) => field.type === 'table');
  if (tables.length === 0) return formEnvironment(form, values, options);
  const rest: FormValues = { ...values };
  for (const table of tables) delete rest[table.key];
  const env = formEnvironment(form, rest, options);
  for (const table of tables) {
    const raw = Object.hasOwn(values, table.key) ? values[table.key] : undefined;
    env[table.key] = tableEnvironment(table, raw);
  }

  return env;
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
  const { order, cyclic } = formFormulas(form);
  for (const key of cyclic) delete out[key];
  for (const { field } of order) delete out[field.key];
  const env = formulaEnvironment(form, out, options);
  const tooLarge: Array<{ field: ComputedField; value: string }> = [];
  for (const { field, ast } of order) {
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
