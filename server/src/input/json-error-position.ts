type State = 'value' | 'key' | 'colon' | 'after-value';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** A scan step: where the scan goes on, or where it failed. */
type Step = { readonly next: number } | { readonly error: number };

function scanString(text: string, start: number): Step {
  let i = start + 1;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '"') return { next: i + 1 };
    if (char < ' ') return { error: i };
    if (char === '\\') {
      const escape = text[i + 1] ?? '';
      if (escape === 'u') {
        if (!HEX.test(text.slice(i + 2, i + 6))) return { error: i };
        i += 6;
        continue;
      }
      if (!ESCAPES.has(escape)) return { error: i };
      i += 2;
      continue;
    }
    i += 1;
  }

  return { error: text.length };
}

function scanScalar(text: string, start: number): Step {
  const char = text[start] ?? '';
  if (char === '"') return scanString(text, start);
  const literal = LITERALS.find((word) => text.startsWith(word, start));
  if (literal) return { next: start + literal.length };
  NUMBER.lastIndex = start;
  const number = NUMBER.exec(text);
  if (number && number[0] !== '' && number[0] !== '-') return { next: start + number[0].length };

  return { error: start };
}

/**
 * The offset of the first JSON syntax error in `text` (the text's length when it ends too
 * early), or `undefined` when it is valid JSON. Scans without recursion, so nesting depth does
 * not matter. Used only after JSON.parse failed, to say where.
 */
export function jsonErrorPosition(text: string): number | undefined {
  const stack: Array<'{' | '['> = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (WHITESPACE.has(text[i] ?? '')) i += 1;
    const char = text[i];
    if (char === undefined) return stack.length === 0 && state === 'after-value' ? undefined : i;
    if (state === 'after-value') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (char === ',') state = top === '{' ? 'key' : 'value';
      else if (char === (top === '{' ? '}' : ']')) stack.pop();
      else return i;
      i += 1;
      continue;
    }
    if (state === 'colon') {
      if (char !== ':') return i;
      state = 'value';
      i += 1;
      continue;
    }
    if (state === 'value' && (char === '{' || char === '[')) {
      stack.push(char);
      i += 1;
      while (WHITESPACE.has(text[i] ?? '')) i += 1;
      const closes = text[i] === (char === '{' ? '}' : ']');
      if (closes) {
        stack.pop();
        i += 1;
      }
      state = closes ? 'after-value' : char === '{' ? 'key' : 'value';
      continue;
    }
    if (state === 'key' && char !== '"') return i;
    const step = scanScalar(text, i);
    if ('error' in step) return step.error;
    i = step.next;
    state = state === 'key' ? 'colon' : 'after-value';
  }
}
