/** A span of the JSON text, as offsets: `[start, end)`. */
export type TextRange = { readonly start: number; readonly end: number };

export type PathSegment = string | number;

/** The content of a JSON string literal, or `undefined` for a bad escape or a raw line break. */
function decodeString(raw: string): string | undefined {
  try {
    return JSON.parse(`"${raw}"`) as string; // a JSON string literal
  } catch {
    // Not JSON here: the scanner stops and the caller keeps the deepest place found so far.
    return undefined;
  }
}

/**
 * Reads just enough JSON to find where a value sits: skips values it does not need and stops at
 * the first thing that is not JSON (the caller then gets the deepest place found so far).
 */
class Scanner {
  position = 0;

  constructor(private readonly text: string) {}

  /** The character under the cursor (a method, so checks on it are not narrowed away). */
  peek(): string | undefined {
    return this.text[this.position];
  }

  skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position] ?? '')) {
      this.position += 1;
    }
  }

  /** Reads a string starting at `"` and returns its raw content (escapes left as written). */
  readString(): string | undefined {
    if (this.peek() !== '"') return undefined;
    const start = this.position + 1;
    let index = start;
    while (index < this.text.length && this.text[index] !== '"') {
      index += this.text[index] === '\\' ? 2 : 1;
    }
    if (index >= this.text.length) return undefined;
    const value = decodeString(this.text.slice(start, index));
    if (value !== undefined) this.position = index + 1;

    return value;
  }

  /** Moves past one value; false when the text is not JSON here. */
  skipValue(): boolean {
    this.skipSpace();
    const char = this.peek();
    if (char === '"') return this.readString() !== undefined;
    if (char === '{' || char === '[') return this.skipContainer(char === '{' ? '}' : ']');
    const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(
      this.text.slice(this.position, this.position + 400),
    );
    if (!match) return false;
    this.position += match[0].length;

    return true;
  }

  private skipContainer(close: string): boolean {
    let depth = 0;
    while (this.position < this.text.length) {
      const char = this.peek();
      if (char === '"') {
        if (this.readString() === undefined) return false;
        continue;
      }
      if (char === '{' || char === '[') depth += 1;
      if (char === '}' || char === ']') depth -= 1;
      this.position += 1;
      if (depth === 0) return char === close;
    }

    return false;
  }

  /** Inside `{`: moves to the value of `key` and returns the key's range, if present. */
  enterProperty(key: string): TextRange | undefined {
    this.position += 1;
    for (;;) {
      this.skipSpace();
      if (this.peek() !== '"') return undefined;
      const keyStart = this.position;
      const name = this.readString();
      const keyRange = { start: keyStart, end: this.position };
      this.skipSpace();
      if (name === undefined || this.peek() !== ':') return undefined;
      this.position += 1;
      this.skipSpace();
      if (name === key) return keyRange;
      if (!this.skipValue()) return undefined;
      this.skipSpace();
      if (this.peek() !== ',') return undefined;
      this.position += 1;
    }
  }

  /** Inside `[`: moves to item `index`, if present. */
  enterItem(index: number): boolean {
    this.position += 1;
    for (let item = 0; item < index; item += 1) {
      if (!this.skipValue()) return false;
      this.skipSpace();
      if (this.peek() !== ',') return false;
      this.position += 1;
    }
    this.skipSpace();

    return this.peek() !== ']' && this.peek() !== undefined;
  }
}

/**
 * Where the value at `path` is written in `text` (JSON), for an editor marker. A scalar is
 * marked whole; an object or array by its property name (or its opening bracket), so a marker
 * does not underline a whole block. When the path goes deeper than the text, the deepest
 * existing place is returned; `undefined` only when the text is not JSON at its start.
 */
export function locateJsonPath(text: string, path: readonly PathSegment[]): TextRange | undefined {
  const scanner = new Scanner(text);
  scanner.skipSpace();
  if (scanner.peek() === undefined) return undefined;
  let mark: TextRange = { start: scanner.position, end: scanner.position + 1 };
  for (const segment of path) {
    const start = scanner.position;
    const opening = scanner.peek();
    if (opening === '{' && typeof segment === 'string') {
      const key = scanner.enterProperty(segment);
      if (!key) return mark;
      mark = key;
    } else if (opening === '[' && typeof segment === 'number') {
      if (!scanner.enterItem(segment)) return mark;
      mark = { start: scanner.position, end: scanner.position + 1 };
    } else {
      return start === mark.start ? mark : { start, end: start + 1 };
    }
  }
  const valueStart = scanner.position;
  const opening = scanner.peek();
  if (opening === '{' || opening === '[')
    return mark.start === valueStart ? firstLine(text, valueStart) : mark;
  if (!scanner.skipValue()) return mark;

  return { start: valueStart, end: scanner.position };
}

/** An array item that is an object: its opening bracket through the end of its first entry. */
function firstLine(text: string, start: number): TextRange {
  const firstKey = text.indexOf('"', start + 1);
  const lineEnd = firstKey < 0 ? -1 : text.indexOf('\n', firstKey);
  const end = lineEnd < 0 ? start + 1 : lineEnd;

  return { start, end: text[end - 1] === ',' ? end - 1 : end };
}
