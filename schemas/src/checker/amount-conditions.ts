import { type ComparisonOp, type Expr, isComparison } from '../expression/ast.ts';
import { parseDecimal } from '../money/decimal.ts';
import type { Dec } from '../money/decimal.ts';
import { EVERYTHING, type Interval, intersect } from './intervals.ts';

/** A condition that only bounds one field: `amount >= 1000 && amount < 5000`. @internal */
export type AmountCondition = { readonly field: string; readonly interval: Interval };

/** The operator seen from the other side: `1000 < amount` is `amount > 1000`. */
const FLIPPED: Readonly<Record<ComparisonOp, ComparisonOp>> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
  '==': '==',
  '!=': '!=',
};

function literal(node: Expr): Dec | null {
  if (node.kind === 'number') return parseDecimal(node.value);
  if (node.kind === 'unary' && node.op === '-' && node.operand.kind === 'number')
    return parseDecimal(`-${node.operand.value}`);

  return null;
}

function bounded(op: ComparisonOp, value: Dec): Interval | null {
  switch (op) {
    case '<':
    case '<=':
      return { low: null, high: { value, closed: op === '<=' } };
    case '>':
    case '>=':
      return { low: { value, closed: op === '>=' }, high: null };
    case '==':
      return { low: { value, closed: true }, high: { value, closed: true } };
    default:
      return null;
  }
}

/** `field <op> number` or `number <op> field`, as an interval on the field. */
function comparison(node: Expr): AmountCondition | null {
  if (node.kind !== 'binary' || !isComparison(node.op)) return null;
  const { op, left, right } = node;
  const [name, value, seen] =
    left.kind === 'identifier'
      ? [left.name, literal(right), op]
      : right.kind === 'identifier'
        ? [right.name, literal(left), FLIPPED[op]]
        : [null, null, op];
  const interval = name !== null && value !== null ? bounded(seen, value) : null;

  return interval && name !== null ? { field: name, interval } : null;
}

/**
 * Reads a condition of the simple shape `field <op> number` (`<`, `<=`, `>`, `>=`, `==`), or an
 * `&&` of such on the same field, as the interval of values it accepts; `null` for any other
 * shape (other fields, `||`, functions, a field on both sides). `isNumeric` tells which names
 * are money or number fields. @internal
 */
export function amountCondition(
  node: Expr,
  isNumeric: (name: string) => boolean,
): AmountCondition | null {
  if (node.kind === 'binary' && node.op === '&&') {
    const left = amountCondition(node.left, isNumeric);
    const right = amountCondition(node.right, isNumeric);
    if (!left || !right || left.field !== right.field) return null;

    return { field: left.field, interval: intersect(left.interval, right.interval) };
  }
  const found = comparison(node);

  return found && isNumeric(found.field)
    ? { field: found.field, interval: intersect(EVERYTHING, found.interval) }
    : null;
}
