/**
 * The safe pattern subset of text fields, parsed into a tree that `pattern-match.ts` runs
 * without backtracking. Allowed: literals, `.`, classes (`[a-z]`, `[^,]`, `\d \w \s` and their
 * negations), groups `( )` and `(?: )`, `|`, and the quantifiers `* + ? {n} {n,} {n,m}` (a
 * trailing lazy `?` changes nothing in a full match), with `^` and `$` only at the ends. Refused
 * with the position: back-references, look-arounds, named groups, word boundaries, Unicode
 * properties, a variable repeat inside a variable repeat (`(a+)+`), counts above 1,000.
 */
export type CharTest = (codePoint: number) => boolean;

export type PatternNode =
  | { readonly kind: 'char'; readonly test: CharTest }
  | { readonly kind: 'seq'; readonly items: readonly PatternNode[] }
  | { readonly kind: 'alt'; readonly options: readonly PatternNode[] }
  | {
      readonly kind: 'repeat';
      readonly body: PatternNode;
      readonly min: number;
      readonly max: number | null;
    };

export type PatternProblem =
  | 'back-reference'
  | 'look-around'
  | 'nested-quantifier'
  | 'unsupported'
  | 'unbalanced'
  | 'nothing-to-repeat'
  | 'repeat-too-large'
  | 'bad-class';

export type PatternParse =
  | { readonly ok: true; readonly tree: PatternNode }
  | { readonly ok: false; readonly problem: PatternProblem; readonly index: number };

/** Largest count of `{n,m}`. */
export const MAX_REPEAT = 1000;

class PatternError extends Error {
  constructor(
    readonly problem: PatternProblem,
    readonly index: number,
  ) {
    super(problem);
  }
}

const WHITESPACE = new Set(
  [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff].concat(
    Array.from({ length: 11 }, (_, i) => 0x2000 + i),
  ),
);
const isDigit: CharTest = (c) => c >= 48 && c <= 57;
const isWord: CharTest = (c) =>
  isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace: CharTest = (c) => WHITESPACE.has(c);
const LINE_ENDS = new Set([10, 13, 0x2028, 0x2029]);
const anyButLineEnd: CharTest = (c) => !LINE_ENDS.has(c);
const CLASS_ESCAPES: Readonly<Record<string, CharTest>> = {
  d: isDigit,
  D: (c) => !isDigit(c),
  w: isWord,
  W: (c) => !isWord(c),
  s: isSpace,
  S: (c) => !isSpace(c),
};
const CONTROL: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
const SPECIAL = new Set([...'^$\\.*+?()[]{}|/-']);

const equals =
  (code: number): CharTest =>
  (c) =>
    c === code;

class Parser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): PatternNode {
    if (this.peek() === '^') this.at += 1;
    const tree = this.alternation();
    if (this.peek() === '$' && this.at === this.source.length - 1) this.at += 1;
    if (this.at < this.source.length) {
      throw new PatternError(this.peek() === ')' ? 'unbalanced' : 'unsupported', this.at);
    }

    return tree;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private alternation(): PatternNode {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at += 1;
      options.push(this.sequence());
    }

    const [first] = options;

    return options.length === 1 && first ? first : { kind: 'alt', options };
  }

  private sequence(): PatternNode {
    const items: PatternNode[] = [];
    for (let next = this.peek(); next !== undefined && next !== '|' && next !== ')';) {
      if (next === '$' && this.at === this.source.length - 1) break;
      items.push(this.quantified());
      next = this.peek();
    }

    return { kind: 'seq', items };
  }

  private quantified(): PatternNode {
    const start = this.at;
    const body = this.atom();
    const count = this.quantifier();
    if (!count) return body;
    if (this.peek() === '?') this.at += 1;
    if (count.max !== count.min && hasVariableRepeat(body)) {
      throw new PatternError('nested-quantifier', start);
    }

    return { kind: 'repeat', body, ...count };
  }

  private quantifier(): { min: number; max: number | null } | null {
    const next = this.peek();
    if (next === '*' || next === '+' || next === '?') {
      this.at += 1;

      return { min: next === '+' ? 1 : 0, max: next === '?' ? 1 : null };
    }
    if (next !== '{') return null;
    const match = /^\{(\d{1,6})(,(\d{0,6}))?\}/.exec(this.source.slice(this.at));
    if (!match) throw new PatternError('unsupported', this.at);
    const min = Number(match[1]);
    const max = match[2] === undefined ? min : match[3] ? Number(match[3]) : null;
    if (min > MAX_REPEAT || (max !== null && (max > MAX_REPEAT || max < min))) {
      throw new PatternError('repeat-too-large', this.at);
    }
    this.at += match[0].length;

    return { min, max };
  }

  private atom(): PatternNode {
    const start = this.at;
    const next = this.peek();
    if (next === '(') return this.group();
    if (next === '[') return this.charClass();
    if (next === '.') {
      this.at += 1;

      return { kind: 'char', test: anyButLineEnd };
    }
    if (next === '*' || next === '+' || next === '?' || next === '{') {
      throw new PatternError('nothing-to-repeat', start);
    }
    if (next === '^' || next === '$') throw new PatternError('unsupported', start);
    const code = next === '\\' ? this.escape(false) : this.literal();

    return { kind: 'char', test: typeof code === 'number' ? equals(code) : code };
  }

  private literal(): number {
    const code = this.source.codePointAt(this.at) ?? 0;
    this.at += code > 0xffff ? 2 : 1;

    return code;
  }

  private group(): PatternNode {
    const start = this.at;
    this.at += 1;
    if (this.peek() === '?') {
      const kind = this.source.slice(this.at + 1, this.at + 3);
      if (/^[=!]|^<[=!]/.test(kind)) throw new PatternError('look-around', start);
      if (this.peek(1) !== ':') throw new PatternError('unsupported', start);
      this.at += 2;
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new PatternError('unbalanced', start);
    this.at += 1;

    return inner;
  }

  /** An escape after `\`: a class letter, a control, `\xHH`, `\uHHHH` or a punctuation mark. */
  private escape(inClass: boolean): number | CharTest {
    const start = this.at;
    const letter = this.peek(1) ?? '';
    this.at += 2;
    const named = Object.hasOwn(CLASS_ESCAPES, letter) ? CLASS_ESCAPES[letter] : undefined;
    if (named) return named;
    if (Object.hasOwn(CONTROL, letter) && !/\d/.test(this.peek() ?? ''))
      return CONTROL[letter] ?? 0;
    if (/[1-9]/.test(letter) || letter === 'k') throw new PatternError('back-reference', start);
    if (letter === 'x' || letter === 'u') return this.hexCode(letter === 'x' ? 2 : 4, start);
    if (inClass && letter === 'b') return 8;
    if (SPECIAL.has(letter)) return letter.codePointAt(0) ?? 0;

    throw new PatternError('unsupported', start);
  }

  private hexCode(length: number, start: number): number {
    const digits = this.source.slice(this.at, this.at + length);
    if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) {
      throw new PatternError('unsupported', start);
    }
    this.at += length;

    return Number.parseInt(digits, 16);
  }

  private charClass(): PatternNode {
    const start = this.at;
    this.at += 1;
    const negated = this.peek() === '^';
    if (negated) this.at += 1;
    const tests: CharTest[] = [];
    while (this.peek() !== ']') {
      if (this.peek() === undefined) throw new PatternError('unbalanced', start);
      tests.push(this.classItem());
    }
    this.at += 1;
    if (tests.length === 0) throw new PatternError('bad-class', start);
    const any: CharTest = (c) => tests.some((test) => test(c));

    return { kind: 'char', test: negated ? (c) => !any(c) : any };
  }

  private classItem(): CharTest {
    const start = this.at;
    const low = this.classChar();
    if (this.peek() !== '-' || this.peek(1) === ']' || this.peek(1) === undefined) {
      return typeof low === 'number' ? equals(low) : low;
    }
    this.at += 1;
    const high = this.classChar();
    if (typeof low !== 'number' || typeof high !== 'number' || high < low) {
      throw new PatternError('bad-class', start);
    }

    return (c) => c >= low && c <= high;
  }

  /** One member of a class: a code point, or the test of a class escape such as `\d`. */
  private classChar(): number | CharTest {
    return this.peek() === '\\' ? this.escape(true) : this.literal();
  }
}

function hasVariableRepeat(node: PatternNode): boolean {
  switch (node.kind) {
    case 'char':
      return false;
    case 'repeat':
      return node.min !== node.max || hasVariableRepeat(node.body);
    case 'seq':
      return node.items.some(hasVariableRepeat);
    case 'alt':
      return node.options.some(hasVariableRepeat);
  }
}

/** Parses a pattern of the safe subset, or names the first problem and where it starts. */
export function parsePattern(source: string): PatternParse {
  try {
    return { ok: true, tree: new Parser(source).parse() };
  } catch (error) {
    if (error instanceof PatternError) {
      return { ok: false, problem: error.problem, index: error.index };
    }
    throw error;
  }
}
