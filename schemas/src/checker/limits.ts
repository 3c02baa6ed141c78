import { MAX_DOCUMENT_DEPTH, MAX_FLOW_EDGES, MAX_FLOW_NODES } from '../flow/limits.ts';
import type { Locale } from '../i18n.ts';
import type { ValidationIssue } from '../issue.ts';
import { type IssuePath, createIssue } from '../issue-factory.ts';
import { phrase } from '../messages.ts';
import { pathText } from './path-text.ts';

type Frame = {
  readonly value: object;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number;
};

function pathOf(frame: Frame): IssuePath {
  const path: IssuePath = [];
  for (let at: Frame | undefined = frame; at?.parent; at = at.parent) path.push(at.key);

  return path.reverse();
}

function childrenOf(frame: Frame): Frame[] {
  const { value } = frame;
  const pairs: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item: unknown, index): [number, unknown] => [index, item])
    : Object.entries(value);
  const frames: Frame[] = [];
  for (const [key, item] of pairs) {
    if (typeof item === 'object' && item !== null)
      frames.push({ value: item, depth: frame.depth + 1, parent: frame, key });
  }

  return frames;
}

/** Most `__proto__` keys reported for one document. */
const MAX_RESERVED_REPORTED = 20;

export type DocumentShape = {
  /** Path of the first object or array nested too deep, when there is one. */
  readonly tooDeep?: IssuePath;
  /** Paths of own `__proto__` keys, which zod would drop without a word. */
  readonly reserved: IssuePath[];
};

/**
 * Walks a raw document with its own stack, so no input can overflow the call stack: finds the
 * first object or array (in document order) nested deeper than `max` levels, the root being
 * level 1, and own `__proto__` keys. An object met again is walked again only when met deeper,
 * so shared parts cost once and a cycle ends as too deep.
 */
export function walkDocument(root: unknown, max: number): DocumentShape {
  const reserved: IssuePath[] = [];
  if (typeof root !== 'object' || root === null) return { reserved };
  const deepest = new Map<object, number>();
  const stack: Frame[] = [{ value: root, depth: 1, parent: undefined, key: '' }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    if (frame.depth > max) return { tooDeep: pathOf(frame), reserved };
    if ((deepest.get(frame.value) ?? 0) >= frame.depth) continue;
    deepest.set(frame.value, frame.depth);
    if (Object.hasOwn(frame.value, '__proto__') && reserved.length < MAX_RESERVED_REPORTED)
      reserved.push([...pathOf(frame), '__proto__']);
    // One push per child: spreading a list of 100,000 rows into push() would overflow.
    for (const child of childrenOf(frame).reverse()) stack.push(child);
  }

  return { reserved };
}

function listLength(input: unknown, list: 'nodes' | 'edges'): number {
  const flow: unknown =
    typeof input === 'object' && input !== null ? Reflect.get(input, 'flow') : undefined;
  const items: unknown =
    typeof flow === 'object' && flow !== null ? Reflect.get(flow, list) : undefined;

  return Array.isArray(items) ? items.length : 0;
}

/**
 * Checks a raw bundle against the document limits before anything else reads it: more than
 * 2,000 nodes or edges gives `flow.too-large`, nesting deeper than 32 levels anywhere gives one
 * `document.too-deep` with the path to the first place, and each own `__proto__` key gives
 * `document.reserved-key` (zod would drop it silently). Empty when the bundle is within bounds.
 * @internal
 */
export function checkDocumentLimits(input: unknown, locale: Locale): ValidationIssue[] {
  const lists = [
    { list: 'nodes', max: MAX_FLOW_NODES, things: 'count.steps' },
    { list: 'edges', max: MAX_FLOW_EDGES, things: 'count.connections' },
  ] as const;
  const tooLarge = lists.flatMap(({ list, max, things }) => {
    const count = listLength(input, list);
    if (count <= max) return [];
    const params = { count, max, things: phrase(things, {}, locale) };

    return [createIssue('flow.too-large', params, { path: ['flow', list], locale })];
  });
  if (tooLarge.length > 0) return tooLarge;
  const shape = walkDocument(input, MAX_DOCUMENT_DEPTH);
  if (shape.tooDeep) {
    const params = { where: pathText(shape.tooDeep), max: MAX_DOCUMENT_DEPTH };

    return [createIssue('document.too-deep', params, { path: shape.tooDeep, locale })];
  }

  return shape.reserved.map((path) =>
    createIssue('document.reserved-key', { where: pathText(path) }, { path, locale }),
  );
}
