import type { ArithmeticOp, ComparisonOp, Expr } from './ast.ts';
import { isArithmetic } from './ast.ts';
import { Dec } from '../money/decimal.ts';
import { getExpressionFunction } from './functions.ts';
import { type Value, isDecimal, isEmptyValue, isListValue, isTableValue } from './value.ts';

/** Field values at run time, keyed by field key (see `formEnvironment`). */
export type Environment = Readonly<Record<string, Value>>;

function arithmetic(op: ArithmeticOp, left: Value, right: Value): Value {
  if (!isDecimal(left) || !isDecimal(right)) return null;
  switch (op) {
    case '+':
      return left.plus(right);
    case '-':
      return left.minus(right);
    case '*':
      return left.times(right);
    case '/':
      return right.isZero() ? null : left.dividedBy(right);
  }
}

/** -1, 0 or 1; `null` when either side is empty or the two cannot be compared. */
function order(left: Value, right: Value): number | null {
  if (isEmptyValue(left) || isEmptyValue(right)) return null;
  if (isDecimal(left) && isDecimal(right)) return left.comparedTo(right);
  if (typeof left === 'string' && typeof right === 'string') {
    return left === right ? 0 : left < right ? -1 : 1;
  }
  if (typeof left === 'boolean' && typeof right === 'boolean') return left === right ? 0 : 1;

  return null;
}

/**
 * Comparisons are three-valued: with an empty side the outcome is unknown (`null`), which
 * negation keeps unknown and a condition treats as not met.
 */
function compare(op: ComparisonOp, left: Value, right: Value): Value {
  const result = order(left, right);
  if (result === null) return null;
  if (typeof left === 'boolean' && op !== '==' && op !== '!=') return null;
  switch (op) {
    case '==':
      return result === 0;
    case '!=':
      return result !== 0;
    case '<':
      return result < 0;
    case '<=':
      return result <= 0;
    case '>':
      return result > 0;
    case '>=':
      return result >= 0;
  }
}

/** Kleene logic: false wins `&&`, true wins `||`, otherwise unknown stays unknown. */
function logical(op: '&&' | '||', left: Value, right: () => Value): Value {
  const decisive = op === '||';
  if (left === decisive) return decisive;
  const other = right();
  if (other === decisive) return decisive;
  if (typeof left === 'boolean' && typeof other === 'boolean') return !decisive;

  return null;
}

function member(object: Value, column: string): Value {
  if (!isTableValue(object)) return null;

  return object.rows.map((row) => (Object.hasOwn(row, column) ? (row[column] ?? null) : null));
}

function membership(value: Value, list: Value): Value {
  if (isEmptyValue(value) || !isListValue(list)) return null;

  return list.some((item) => order(value, item) === 0);
}

/**
 * Evaluates a type-checked expression. Never throws on values of the wrong shape: they are
 * empty. Recursion is bounded because parsed trees are at most `MAX_EXPRESSION_DEPTH` deep.
 */
export function evaluateExpr(node: Expr, env: Environment): Value {
  switch (node.kind) {
    case 'number':
      return new Dec(node.value);
    case 'string':
    case 'boolean':
      return node.value;
    case 'null':
      return null;
    case 'identifier':
      return Object.hasOwn(env, node.name) ? (env[node.name] ?? null) : null;
    case 'member':
      return member(evaluateExpr(node.object, env), node.property);
    case 'unary':
      return unary(node.op, evaluateExpr(node.operand, env));
    case 'binary':
      return binary(node, env);
    case 'in':
      return membership(evaluateExpr(node.value, env), evaluateExpr(node.list, env));
    case 'list':
      return node.items.map((item) => evaluateExpr(item, env));
    case 'call': {
      const spec = getExpressionFunction(node.callee);

      return spec ? spec.evaluate(node.args.map((arg) => evaluateExpr(arg, env))) : null;
    }
  }
}

function unary(op: '!' | '-', operand: Value): Value {
  if (op === '!') return typeof operand === 'boolean' ? !operand : null;

  return isDecimal(operand) ? operand.negated() : null;
}

function binary(node: Extract<Expr, { kind: 'binary' }>, env: Environment): Value {
  const left = evaluateExpr(node.left, env);
  if (node.op === '&&' || node.op === '||') {
    return logical(node.op, left, () => evaluateExpr(node.right, env));
  }
  const right = evaluateExpr(node.right, env);

  return isArithmetic(node.op) ? arithmetic(node.op, left, right) : compare(node.op, left, right);
}
