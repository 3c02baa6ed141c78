import { describe, expect, it } from 'vitest';
import { parseExpression } from './parse.ts';

function ast(source: string) {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(parsed.issues.map((issue) => issue.message).join('; '));

  return parsed.ast;
}

/** The tree as a compact string, to check precedence without reading positions. */
function shape(source: string): string {
  const walk = (node: ReturnType<typeof ast>): string => {
    switch (node.kind) {
      case 'binary':
        return `(${walk(node.left)} ${node.op} ${walk(node.right)})`;
      case 'unary':
        return `(${node.op}${walk(node.operand)})`;
      case 'in':
        return `(${walk(node.value)} in ${walk(node.list)})`;
      case 'list':
        return `[${node.items.map(walk).join(', ')}]`;
      case 'call':
        return `${node.callee}(${node.args.map(walk).join(', ')})`;
      case 'member':
        return `${walk(node.object)}.${node.property}`;
      case 'identifier':
        return node.name;
      case 'null':
        return 'null';
      case 'string':
        return JSON.stringify(node.value);
      default:
        return String(node.value);
    }
  };

  return walk(ast(source));
}

describe('parseExpression', () => {
  it('gives operators their usual precedence', () => {
    expect(shape('a + b * c - d / e')).toBe('((a + (b * c)) - (d / e))');
    expect(shape('a || b && c')).toBe('(a || (b && c))');
    expect(shape('a > 1 && b <= 2 || c == 3')).toBe('(((a > 1) && (b <= 2)) || (c == 3))');
    expect(shape('!a == b')).toBe('((!a) == b)');
    expect(shape('-a * b')).toBe('((-a) * b)');
    expect(shape('(a + b) * c')).toBe('((a + b) * c)');
  });

  it('reads literals, member access, calls and `in` lists', () => {
    expect(shape(`sum(items.amount) >= 1000.50 && cc in ['a', "b"] || x != null`)).toBe(
      '(((sum(items.amount) >= 1000.50) && (cc in ["a", "b"])) || (x != null))',
    );
    expect(shape('isEmpty(x) == false')).toBe('(isEmpty(x) == false)');
    expect(shape('round(a, 2)')).toBe('round(a, 2)');
    expect(shape('count([])')).toBe('count([])');
  });

  it('keeps number literals as written, never as floats', () => {
    const node = ast('1000000.00');
    expect(node).toMatchObject({ kind: 'number', value: '1000000.00' });
  });

  it('decodes string escapes', () => {
    expect(ast(`'it\\'s \\"q\\"\\n'`)).toMatchObject({ kind: 'string', value: `it's "q"\n` });
  });

  it('puts source positions on every node', () => {
    const node = ast('amount >= 5000');
    expect(node).toMatchInlineSnapshot(`
      {
        "end": 14,
        "kind": "binary",
        "left": {
          "end": 6,
          "kind": "identifier",
          "name": "amount",
          "start": 0,
        },
        "op": ">=",
        "right": {
          "end": 14,
          "kind": "number",
          "start": 10,
          "value": "5000",
        },
        "start": 0,
      }
    `);
    const member = ast('  items.amount');
    expect(member).toMatchObject({ start: 2, end: 14, propertyStart: 8 });
  });

  it.each([
    ['amount >', 'expr.unexpected-end', 8, 8],
    ['amount > > 1', 'expr.expected-value', 9, 10],
    ['amount 5', 'expr.unexpected-token', 7, 8],
    ['amount # 5', 'expr.unexpected-character', 7, 8],
    ['"open', 'expr.unterminated-string', 0, 5],
    ['1. + 2', 'expr.bad-number', 0, 2],
    ["'a\\q'", 'expr.bad-escape', 2, 4],
    ['sum(items.amount', 'expr.unexpected-end', 16, 16],
    ['sum(items.)', 'expr.expected-name', 10, 11],
    ['x in [1, 2', 'expr.unexpected-end', 10, 10],
    ['f(1 2)', 'expr.expected-token', 4, 5],
    ['   ', 'expr.empty', 0, 3],
  ])('reports %j as %s at %i–%i', (source, code, start, end) => {
    const parsed = parseExpression(source);

    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toEqual([expect.objectContaining({ code, start, end })]);
  });

  it('explains an error in plain words', () => {
    expect(parseExpression('amount > > 1').issues).toMatchInlineSnapshot(`
      [
        {
          "code": "expr.expected-value",
          "end": 10,
          "message": "Expected a value (a number, text, field or function call) but found ">"",
          "start": 9,
        },
      ]
    `);
  });

  it('writes errors in Chinese when asked', () => {
    expect(parseExpression('"open', 'zh-CN').issues[0]?.message).toBe(
      '字符串没有结束：请补上结尾的引号',
    );
  });
});

describe('parseExpression limits', () => {
  it('refuses a source longer than 2000 characters', () => {
    const parsed = parseExpression(`${'1 + '.repeat(600)}1`);

    expect(parsed.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "expr.too-long",
          "end": 2401,
          "message": "The expression is 2401 characters long; at most 2000 are allowed",
          "start": 2000,
        },
      ]
    `);
  });

  it('accepts nesting up to 64 levels and refuses deeper parentheses', () => {
    const nested = (depth: number) => `${'-'.repeat(depth - 1)}1`;

    expect(parseExpression(nested(64)).ok).toBe(true);
    expect(parseExpression(nested(65)).issues[0]).toMatchObject({ code: 'expr.too-deep' });
    expect(parseExpression(`${'('.repeat(500)}1${')'.repeat(500)}`).issues[0]).toMatchObject({
      code: 'expr.too-deep',
      message: 'The expression is nested too deeply (more than 64 levels)',
    });
  });

  it('refuses a long left-leaning chain whose tree is too deep', () => {
    const chain = Array.from({ length: 100 }, () => 'a').join(' + ');

    expect(parseExpression(chain).issues[0]).toMatchObject({ code: 'expr.too-deep' });
    expect(parseExpression(Array.from({ length: 60 }, () => 'a').join(' + ')).ok).toBe(true);
  });
});
