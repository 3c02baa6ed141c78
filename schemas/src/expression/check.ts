import { isCalendarDate } from '../calendar-date.ts';
import { normalizeInstant } from '../form/time-value.ts';
import type { Locale } from '../i18n.ts';
import { type IssueCode, type MessageParams, phrase } from '../messages.ts';
import { type Expr, type Span, isArithmetic, isComparison } from './ast.ts';
import { expressionFunctions, getExpressionFunction } from './functions.ts';
import { type ExpressionIssue, expressionIssue } from './issue.ts';
import {
  type ExprType,
  type ExpressionScope,
  comparable,
  isList,
  isNumeric,
  isScalar,
  isTable,
  numericResult,
  typeName,
} from './types.ts';

/**
 * Walks a parsed expression, giving each node its type and collecting issues. A node whose
 * type cannot be known gives `null`, and its parents stay silent so one mistake is one issue.
 */
export class TypeChecker {
  readonly issues: ExpressionIssue[] = [];

  constructor(
    private readonly scope: ExpressionScope,
    private readonly locale: Locale,
  ) {}

  report(code: IssueCode, params: MessageParams, span: { start: number; end: number }): null {
    this.issues.push(expressionIssue(code, params, { span, locale: this.locale }));

    return null;
  }

  name(type: ExprType): string {
    return typeName(type, this.locale);
  }

  typeOf(node: Expr): ExprType | null {
    switch (node.kind) {
      case 'number':
        return 'number';
      case 'string':
        return 'string';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'identifier':
        return this.identifier(node.name, node);
      case 'member':
        return this.member(node);
      case 'unary':
        return this.unary(node);
      case 'binary':
        return this.binary(node);
      case 'in':
        return this.membership(node);
      case 'list':
        return this.list(node);
      case 'call':
        return this.call(node);
    }
  }

  private identifier(name: string, span: Expr): ExprType | null {
    const fields = this.scope.fields;
    if (Object.hasOwn(fields, name)) return fields[name] ?? null;

    return this.report('expr.unknown-field', { name }, span);
  }

  private member(node: Extract<Expr, { kind: 'member' }>): ExprType | null {
    const object = this.typeOf(node.object);
    if (object === null) return null;
    const property = { start: node.propertyStart, end: node.end };
    const objectName = node.object.kind === 'identifier' ? node.object.name : '(…)';
    if (!isTable(object)) {
      return this.report('expr.not-a-table', { name: objectName, column: node.property }, property);
    }
    if (!Object.hasOwn(object.table, node.property)) {
      return this.report(
        'expr.unknown-column',
        { table: objectName, name: node.property },
        property,
      );
    }
    const column = object.table[node.property];

    return column ? { list: column } : null;
  }

  private unary(node: Extract<Expr, { kind: 'unary' }>): ExprType | null {
    const operand = this.typeOf(node.operand);
    if (operand === null) return null;
    const wanted: ExprType = node.op === '!' ? 'boolean' : 'number';
    const fits = node.op === '!' ? operand === 'boolean' : isNumeric(operand);
    if (fits) return operand;

    return this.report(
      'expr.operand-type',
      { op: node.op, expected: this.name(wanted), actual: this.name(operand) },
      node.operand,
    );
  }

  private binary(node: Extract<Expr, { kind: 'binary' }>): ExprType | null {
    const left = this.typeOf(node.left);
    const right = this.typeOf(node.right);
    if (left === null || right === null) return null;
    if (node.op === '&&' || node.op === '||') return this.logical(node, left, right);
    if (isArithmetic(node.op)) {
      if (isNumeric(left) && isNumeric(right)) return numericResult(left, right);

      return this.mismatch(node, node.op, left, right);
    }

    return isComparison(node.op) ? this.comparison(node, left, right) : null;
  }

  private logical(node: Extract<Expr, { kind: 'binary' }>, left: ExprType, right: ExprType) {
    for (const [side, type] of [
      [node.left, left],
      [node.right, right],
    ] as const) {
      if (type !== 'boolean') {
        const params = { op: node.op, expected: this.name('boolean'), actual: this.name(type) };

        return this.report('expr.operand-type', params, side);
      }
    }

    return 'boolean';
  }

  private mismatch(span: Span, op: string, left: ExprType, right: ExprType): null {
    const params = { op, left: this.name(left), right: this.name(right) };

    return this.report('expr.operator-types', params, span);
  }

  private comparison(node: Extract<Expr, { kind: 'binary' }>, left: ExprType, right: ExprType) {
    if (left === 'null' || right === 'null') return this.report('expr.null-comparison', {}, node);
    const equality = node.op === '==' || node.op === '!=';
    if (isNumeric(left) && isNumeric(right)) return 'boolean';
    if (this.dates(node, left, right)) return 'boolean';
    if (equality && isScalar(left) && left === right) return 'boolean';

    return this.mismatch(node, node.op, left, right);
  }

  /**
   * Date against date (or date-time against date-time), or either against a text literal that
   * must be a calendar day (`YYYY-MM-DD`) or a UTC instant (`YYYY-MM-DDTHH:mm:ssZ`).
   */
  private dates(node: Extract<Expr, { kind: 'binary' }>, left: ExprType, right: ExprType) {
    for (const kind of ['date', 'datetime'] as const) {
      if (left === kind && right === kind) return true;
      if (left === kind && right === 'string') return this.dateLiteral(node.right, kind);
      if (left === 'string' && right === kind) return this.dateLiteral(node.left, kind);
    }

    return false;
  }

  private dateLiteral(node: Expr, kind: 'date' | 'datetime' = 'date'): boolean {
    if (node.kind !== 'string') return false;
    if (kind === 'date' && !isCalendarDate(node.value))
      this.report('expr.bad-date', { text: node.value }, node);
    if (kind === 'datetime' && normalizeInstant(node.value) !== node.value)
      this.report('expr.bad-datetime', { text: node.value }, node);

    return true;
  }

  private membership(node: Extract<Expr, { kind: 'in' }>): ExprType | null {
    const value = this.typeOf(node.value);
    const list = this.typeOf(node.list);
    if (value === null || list === null) return null;
    if (!isScalar(value) || value === 'null') {
      const expected = phrase('type.scalar', {}, this.locale);

      return this.report(
        'expr.operand-type',
        { op: 'in', expected, actual: this.name(value) },
        node.value,
      );
    }
    if (!isList(list)) {
      const expected = phrase('type.any-list', {}, this.locale);

      return this.report(
        'expr.operand-type',
        { op: 'in', expected, actual: this.name(list) },
        node.list,
      );
    }
    if (value === 'date' && list.list === 'string' && node.list.kind === 'list') {
      const literals = node.list.items.every((item) => this.dateLiteral(item));

      return literals ? 'boolean' : this.mismatch(node, 'in', value, list);
    }

    return comparable(value, list.list) ? 'boolean' : this.mismatch(node, 'in', value, list);
  }

  private list(node: Extract<Expr, { kind: 'list' }>): ExprType | null {
    let item: ExprType = 'null';
    for (const entry of node.items) {
      const type = this.typeOf(entry);
      if (type === null) return null;
      if (!isScalar(type) || !comparable(item, type)) {
        return this.report(
          'expr.mixed-list',
          { left: this.name(item), right: this.name(type) },
          entry,
        );
      }
      if (item === 'null') item = type;
      else if (isNumeric(item) && isNumeric(type)) item = numericResult(item, type);
    }

    return { list: item };
  }

  private call(node: Extract<Expr, { kind: 'call' }>): ExprType | null {
    const spec = getExpressionFunction(node.callee);
    const callee = { start: node.start, end: node.calleeEnd };
    if (!spec) {
      const available = Object.keys(expressionFunctions).join(', ');

      return this.report('expr.unknown-function', { name: node.callee, available }, callee);
    }
    const args = node.args.map((arg) => this.typeOf(arg));
    if (node.args.length < spec.min || node.args.length > spec.max) {
      const expected = spec.min === spec.max ? String(spec.min) : `${spec.min}–${spec.max}`;

      return this.report(
        'expr.wrong-arity',
        { name: node.callee, expected, actual: node.args.length },
        node,
      );
    }
    const known = args.filter((arg): arg is ExprType => arg !== null);
    if (known.length < args.length) return null;
    const result = spec.check(known);
    if (typeof result === 'string' || !('index' in result)) return result;
    const arg = node.args[result.index] ?? node;
    const actual = known[result.index];
    const params = {
      name: node.callee,
      expected: phrase(`type.${result.expected}`, {}, this.locale),
      index: result.index + 1,
      actual: actual === undefined ? '' : this.name(actual),
    };

    return this.report('expr.argument-type', params, arg);
  }
}
