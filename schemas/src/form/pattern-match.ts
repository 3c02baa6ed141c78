import { type CharTest, type PatternNode, parsePattern } from './pattern-parse.ts';

/**
 * A pattern compiled to a state machine and run over all of its states at once, so a match
 * takes time proportional to the text's length times the pattern's size, whatever the
 * pattern: no input can make it backtrack.
 */
type State =
  | { readonly kind: 'char'; readonly test: CharTest; out: number }
  | { readonly kind: 'split'; out: number; alt: number }
  | { readonly kind: 'match' };

/** Most states a compiled pattern may have (a count expands its body that many times). */
export const MAX_PATTERN_STATES = 20_000;

export class PatternTooLarge extends Error {}

class Builder {
  readonly states: State[] = [];

  /** Adds the states of `node` so that they continue at `next`; gives their entry. */
  build(node: PatternNode, next: number): number {
    switch (node.kind) {
      case 'char':
        return this.add({ kind: 'char', test: node.test, out: next });
      case 'seq':
        return node.items.reduceRight((follow, item) => this.build(item, follow), next);
      case 'alt':
        return node.options
          .map((option) => this.build(option, next))
          .reduce((right, left) => this.add({ kind: 'split', out: left, alt: right }));
      case 'repeat':
        return this.repeat(node, next);
    }
  }

  private repeat(node: Extract<PatternNode, { kind: 'repeat' }>, next: number): number {
    let entry = next;
    if (node.max === null) {
      const loop = this.add({ kind: 'split', out: -1, alt: next });
      const body = this.build(node.body, loop);
      const state = this.states[loop];
      if (state?.kind === 'split') state.out = body;
      entry = loop;
    } else {
      for (let i = node.min; i < node.max; i += 1) {
        entry = this.add({ kind: 'split', out: this.build(node.body, entry), alt: next });
      }
    }
    for (let i = 0; i < node.min; i += 1) entry = this.build(node.body, entry);

    return entry;
  }

  add(state: State): number {
    if (this.states.length >= MAX_PATTERN_STATES) throw new PatternTooLarge();
    this.states.push(state);

    return this.states.length - 1;
  }
}

export type CompiledPattern = {
  readonly states: readonly State[];
  readonly start: number;
};

/** Compiles a pattern of the safe subset; `null` when it is outside it or too large. */
export function compilePattern(source: string): CompiledPattern | null {
  const parsed = parsePattern(source);
  if (!parsed.ok) return null;
  const builder = new Builder();
  try {
    const match = builder.add({ kind: 'match' });

    return { states: builder.states, start: builder.build(parsed.tree, match) };
  } catch (error) {
    if (error instanceof PatternTooLarge) return null;
    throw error;
  }
}

/** Adds `index` and every state reachable from it without reading a character. */
function close(pattern: CompiledPattern, index: number, into: Set<number>): void {
  const stack = [index];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (into.has(at)) continue;
    into.add(at);
    const state = pattern.states[at];
    if (state?.kind === 'split') stack.push(state.alt, state.out);
  }
}

/** Whether the whole of `text` matches (the pattern is anchored at both ends). */
export function matchesPattern(pattern: CompiledPattern, text: string): boolean {
  let current = new Set<number>();
  close(pattern, pattern.start, current);
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const next = new Set<number>();
    for (const at of current) {
      const state = pattern.states[at];
      if (state?.kind === 'char' && state.test(code)) close(pattern, state.out, next);
    }
    if (next.size === 0) return false;
    current = next;
  }

  return current.has(0);
}
