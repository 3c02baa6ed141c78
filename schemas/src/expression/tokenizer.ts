import type { Span } from './ast.ts';
import { ExpressionSyntaxError } from './syntax-error.ts';

export type TokenType = 'number' | 'string' | 'identifier' | 'punct' | 'eof';
export type Token = Span & { readonly type: TokenType; readonly value: string };

const PUNCTUATION = ['<=', '>=', '==', '!=', '&&', '||', '!', '-', '*', '/', '+', '<', '>'];
const SINGLE = new Set([
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  ...PUNCTUATION.filter((p) => p.length === 1),
]);
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
};

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isIdentStart = (ch: string | undefined) => ch !== undefined && /[A-Za-z_]/.test(ch);
const isIdentPart = (ch: string | undefined) => ch !== undefined && /[A-Za-z0-9_]/.test(ch);

function readNumber(source: string, start: number): Token {
  let end = start;
  while (isDigit(source[end])) end += 1;
  if (source[end] === '.') {
    end += 1;
    if (!isDigit(source[end])) {
      throw new ExpressionSyntaxError(
        'expr.bad-number',
        { text: source.slice(start, end) },
        {
          start,
          end,
        },
      );
    }
    while (isDigit(source[end])) end += 1;
  }

  return { type: 'number', value: source.slice(start, end), start, end };
}

function readString(source: string, start: number): Token {
  const quote = source[start];
  let value = '';
  let at = start + 1;
  while (at < source.length && source[at] !== quote) {
    const ch = source[at] ?? '';
    if (ch !== '\\') {
      value += ch;
      at += 1;
      continue;
    }
    const escaped = ESCAPES[source[at + 1] ?? ''];
    if (escaped === undefined) {
      const span = { start: at, end: Math.min(at + 2, source.length) };
      throw new ExpressionSyntaxError(
        'expr.bad-escape',
        { text: source.slice(span.start, span.end) },
        span,
      );
    }
    value += escaped;
    at += 2;
  }
  if (at >= source.length) {
    throw new ExpressionSyntaxError('expr.unterminated-string', {}, { start, end: source.length });
  }

  return { type: 'string', value, start, end: at + 1 };
}

function readPunct(source: string, start: number): Token | undefined {
  const two = source.slice(start, start + 2);
  if (PUNCTUATION.includes(two) && two.length === 2) {
    return { type: 'punct', value: two, start, end: start + 2 };
  }
  const one = source[start] ?? '';
  if (SINGLE.has(one)) return { type: 'punct', value: one, start, end: start + 1 };

  return undefined;
}

function readToken(source: string, start: number): Token {
  const ch = source[start];
  if (isDigit(ch)) return readNumber(source, start);
  if (ch === "'" || ch === '"') return readString(source, start);
  if (isIdentStart(ch)) {
    let end = start + 1;
    while (isIdentPart(source[end])) end += 1;

    return { type: 'identifier', value: source.slice(start, end), start, end };
  }
  const punct = readPunct(source, start);
  if (punct) return punct;
  const text = String.fromCodePoint(source.codePointAt(start) ?? 0);
  throw new ExpressionSyntaxError(
    'expr.unexpected-character',
    { text },
    {
      start,
      end: start + text.length,
    },
  );
}

/** Splits a source into tokens, ending with one `eof` token. Throws `ExpressionSyntaxError`. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    if (/\s/.test(source[at] ?? '')) {
      at += 1;
      continue;
    }
    const token = readToken(source, at);
    tokens.push(token);
    at = token.end;
  }
  tokens.push({ type: 'eof', value: '', start: source.length, end: source.length });

  return tokens;
}
