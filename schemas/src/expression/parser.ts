import type { BinaryOp, Expr, Span } from './ast.ts';
import { MAX_EXPRESSION_DEPTH } from './limits.ts';
import { ExpressionSyntaxError } from './syntax-error.ts';
import { type Token, tokenize } from './tokenizer.ts';

/** Left and right binding powers of the infix operators (higher binds tighter). */
const INFIX: Readonly<Record<string, readonly [number, number]>> = {
  '||': [1, 2],
  '&&': [3, 4],
  '==': [5, 6],
  '!=': [5, 6],
  '<': [7, 8],
  '<=': [7, 8],
  '>': [7, 8],
  '>=': [7, 8],
  in: [7, 8],
  '+': [9, 10],
  '-': [9, 10],
  '*': [11, 12],
  '/': [11, 12],
};
const PREFIX_POWER = 13;
const KEYWORDS = new Set(['true', 'false', 'null', 'in']);

function shown(token: Token): string {
  return token.type === 'string' ? token.value : token.value || '';
}

/** Pratt parser over the token list. Recursion is bounded by `MAX_EXPRESSION_DEPTH`. */
class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): Expr {
    const expr = this.parse(0);
    const next = this.peek();
    if (next.type !== 'eof') this.fail('expr.unexpected-token', next);

    return expr;
  }

  private peek(): Token {
    return this.tokens[this.at] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.at += 1;

    return token;
  }

  private fail(
    code: 'expr.unexpected-token' | 'expr.expected-value' | 'expr.expected-name',
    token: Token,
  ): never {
    if (token.type === 'eof') throw new ExpressionSyntaxError('expr.unexpected-end', {}, token);
    throw new ExpressionSyntaxError(code, { text: shown(token) }, token);
  }

  private expect(value: string): Token {
    const token = this.peek();
    if (token.type === 'punct' && token.value === value) return this.next();
    if (token.type === 'eof') throw new ExpressionSyntaxError('expr.unexpected-end', {}, token);
    throw new ExpressionSyntaxError(
      'expr.expected-token',
      { expected: value, text: shown(token) },
      token,
    );
  }

  private parse(minPower: number): Expr {
    this.depth += 1;
    if (this.depth > MAX_EXPRESSION_DEPTH) {
      throw new ExpressionSyntaxError('expr.too-deep', { max: MAX_EXPRESSION_DEPTH }, this.peek());
    }
    let left = this.parsePrefix();
    for (;;) {
      const token = this.peek();
      if (token.type === 'punct' && token.value === '.') {
        left = this.parseMember(left);
        continue;
      }
      const power = this.infixPower(token);
      if (!power || power[0] <= minPower) break;
      this.next();
      left = this.parseInfix(left, token, power[1]);
    }
    this.depth -= 1;

    return left;
  }

  private infixPower(token: Token): readonly [number, number] | undefined {
    if (token.type === 'punct' || (token.type === 'identifier' && token.value === 'in')) {
      return Object.hasOwn(INFIX, token.value) ? INFIX[token.value] : undefined;
    }

    return undefined;
  }

  private parseInfix(left: Expr, operator: Token, rightPower: number): Expr {
    const right = this.parse(rightPower);
    const span = { start: left.start, end: right.end };
    if (operator.value === 'in') return { kind: 'in', value: left, list: right, ...span };

    // INFIX only holds binary operators besides `in`.
    return { kind: 'binary', op: operator.value as BinaryOp, left, right, ...span };
  }

  private parseMember(object: Expr): Expr {
    this.next();
    const name = this.peek();
    if (name.type !== 'identifier' || KEYWORDS.has(name.value))
      this.fail('expr.expected-name', name);
    this.next();

    return {
      kind: 'member',
      object,
      property: name.value,
      propertyStart: name.start,
      start: object.start,
      end: name.end,
    };
  }

  private parsePrefix(): Expr {
    const token = this.next();
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value, start: token.start, end: token.end };
      case 'string':
        return { kind: 'string', value: token.value, start: token.start, end: token.end };
      case 'identifier':
        return this.parseName(token);
      case 'punct':
        return this.parsePunctPrefix(token);
      default:
        return this.fail('expr.expected-value', token);
    }
  }

  private parseName(token: Token): Expr {
    const span: Span = { start: token.start, end: token.end };
    if (token.value === 'true' || token.value === 'false') {
      return { kind: 'boolean', value: token.value === 'true', ...span };
    }
    if (token.value === 'null') return { kind: 'null', ...span };
    if (token.value === 'in') this.fail('expr.expected-value', token);
    const open = this.peek();
    if (open.type !== 'punct' || open.value !== '(') {
      return { kind: 'identifier', name: token.value, ...span };
    }
    this.next();
    const args = this.parseItems(')');

    return {
      kind: 'call',
      callee: token.value,
      calleeEnd: token.end,
      args: args.items,
      start: token.start,
      end: args.end,
    };
  }

  private parsePunctPrefix(token: Token): Expr {
    if (token.value === '(') {
      const inner = this.parse(0);
      const close = this.expect(')');

      return { ...inner, start: token.start, end: close.end };
    }
    if (token.value === '[') {
      const list = this.parseItems(']');

      return { kind: 'list', items: list.items, start: token.start, end: list.end };
    }
    if (token.value === '!' || token.value === '-') {
      const operand = this.parse(PREFIX_POWER);

      return { kind: 'unary', op: token.value, operand, start: token.start, end: operand.end };
    }

    return this.fail('expr.expected-value', token);
  }

  /** Comma-separated expressions up to `close`, which is consumed. */
  private parseItems(close: string): { items: Expr[]; end: number } {
    const items: Expr[] = [];
    const first = this.peek();
    if (first.type === 'punct' && first.value === close) return { items, end: this.next().end };
    for (;;) {
      items.push(this.parse(0));
      const token = this.peek();
      if (token.type === 'punct' && token.value === ',') {
        this.next();
        continue;
      }

      return { items, end: this.expect(close).end };
    }
  }
}

/** @internal Parses or throws `ExpressionSyntaxError`; use `parseExpression` instead. */
export function parseOrThrow(source: string): Expr {
  return new Parser(tokenize(source)).parseAll();
}
