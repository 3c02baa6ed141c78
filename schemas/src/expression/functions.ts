import type { Decimal } from 'decimal.js';
import { Dec } from '../money/decimal.ts';
import { type ExprType, isList, isNumeric, isTable, numericResult } from './types.ts';
import { type Value, isDecimal, isEmptyValue, isListValue, isTableValue } from './value.ts';

/** Names of expected types, resolved to words by the checker (`type.*` phrases). */
export type ExpectedKey = 'number' | 'any-list' | 'list-or-table';

export type FunctionSpec = {
  readonly min: number;
  readonly max: number;
  /** The result type, or the argument that does not fit. */
  readonly check: (
    args: readonly ExprType[],
  ) => ExprType | { index: number; expected: ExpectedKey };
  readonly evaluate: (args: readonly Value[]) => Value;
};

const MAX_ROUND_PLACES = 8;

function numericList(
  args: readonly ExprType[],
): ExprType | { index: number; expected: ExpectedKey } {
  const [list] = args;
  if (list && isList(list) && (isNumeric(list.list) || list.list === 'null')) {
    return list.list === 'null' ? 'number' : list.list;
  }

  return { index: 0, expected: 'any-list' };
}

function sameNumeric(
  args: readonly ExprType[],
): ExprType | { index: number; expected: ExpectedKey } {
  if (args.length === 1) return numericList(args);
  let result: 'number' | 'money' = 'number';
  for (const [index, arg] of args.entries()) {
    if (!isNumeric(arg)) return { index, expected: 'number' };
    result = numericResult(result, arg);
  }

  return result;
}

function decimals(values: readonly Value[]): Decimal[] | null {
  const [first] = values;
  const list = values.length === 1 && first !== undefined && isListValue(first) ? first : values;
  const out: Decimal[] = [];
  for (const item of list) {
    if (isDecimal(item)) out.push(item);
    else if (values.length > 1 || !isEmptyValue(item)) return null;
  }

  return out;
}

function extreme(pick: 'min' | 'max') {
  return (args: readonly Value[]): Value => {
    const list = decimals(args);
    if (!list || list.length === 0) return null;

    return pick === 'min' ? Dec.min(...list) : Dec.max(...list);
  };
}

/**
 * The built-in functions. There are no user-defined functions and no loops: every expression
 * finishes in time proportional to its size and the form's rows.
 */
export const expressionFunctions: Readonly<Record<string, FunctionSpec>> = {
  /** Sum of a list of numbers; empty items are skipped and an empty list sums to 0. */
  sum: {
    min: 1,
    max: 1,
    check: numericList,
    evaluate: ([list]) => {
      const items = decimals([list ?? null]);

      return items ? items.reduce((total: Decimal, item) => total.plus(item), new Dec(0)) : null;
    },
  },
  /** Rows of a table, or non-empty items of a list. */
  count: {
    min: 1,
    max: 1,
    check: ([arg]) =>
      arg && (isList(arg) || isTable(arg)) ? 'number' : { index: 0, expected: 'list-or-table' },
    evaluate: ([arg]) => {
      if (arg && isTableValue(arg)) return new Dec(arg.rows.length);
      if (arg && isListValue(arg)) return new Dec(arg.filter((item) => !isEmptyValue(item)).length);

      return null;
    },
  },
  /** `min(list)` or `min(a, b, …)`: smallest number; empty when a plain argument is empty. */
  min: { min: 1, max: 16, check: sameNumeric, evaluate: extreme('min') },
  max: { min: 1, max: 16, check: sameNumeric, evaluate: extreme('max') },
  abs: {
    min: 1,
    max: 1,
    check: ([arg]) => (arg && isNumeric(arg) ? arg : { index: 0, expected: 'number' }),
    evaluate: ([arg]) => (arg && isDecimal(arg) ? arg.abs() : null),
  },
  /** `round(x, n)`: half-up (ties away from zero) to n places, 0 ≤ n ≤ 8. */
  round: {
    min: 2,
    max: 2,
    check: ([value, places]) => {
      if (!value || !isNumeric(value)) return { index: 0, expected: 'number' };
      if (!places || !isNumeric(places)) return { index: 1, expected: 'number' };

      return value;
    },
    evaluate: ([value, places]) => {
      if (!value || !places || !isDecimal(value) || !isDecimal(places)) return null;
      if (!places.isInteger() || places.isNeg() || places.gt(MAX_ROUND_PLACES)) return null;

      return value.toDecimalPlaces(places.toNumber(), Dec.ROUND_HALF_UP);
    },
  },
  /** True for a missing value, blank text, an empty list or a table without rows. */
  isEmpty: {
    min: 1,
    max: 1,
    check: () => 'boolean',
    evaluate: ([arg]) => isEmptyValue(arg ?? null),
  },
};

export function getExpressionFunction(name: string): FunctionSpec | undefined {
  return Object.hasOwn(expressionFunctions, name) ? expressionFunctions[name] : undefined;
}
