import { describe, expect, it } from 'vitest';
import { locateJsonPath, type PathSegment } from './json-locator.ts';

const text = `{
  "flow": {
    "key": "expense",
    "nodes": [
      { "id": "start", "type": "start" },
      {
        "id": "a1",
        "name": { "zh-CN": "审批\\"一", "en": "Approve" },
        "config": { "approvers": [] }
      }
    ],
    "limit": -1.5e3,
    "enabled": true
  }
}`;

/** The text a path marks, so expectations read as what the user sees underlined. */
function marked(path: readonly PathSegment[], source = text): string | undefined {
  const range = locateJsonPath(source, path);

  return range && source.slice(range.start, range.end);
}

describe('locateJsonPath', () => {
  it('given a path to a string, when located, then the whole value is marked', () => {
    expect(marked(['flow', 'key'])).toBe('"expense"');
    expect(marked(['flow', 'nodes', 1, 'id'])).toBe('"a1"');
  });

  it('given a path to a number or a literal, when located, then the whole value is marked', () => {
    expect(marked(['flow', 'limit'])).toBe('-1.5e3');
    expect(marked(['flow', 'enabled'])).toBe('true');
  });

  it('given a path to an object or array property, when located, then its name is marked, not the block', () => {
    expect(marked(['flow'])).toBe('"flow"');
    expect(marked(['flow', 'nodes'])).toBe('"nodes"');
    expect(marked(['flow', 'nodes', 1, 'config', 'approvers'])).toBe('"approvers"');
  });

  it('given a path to an object in an array, when located, then its bracket to its first entry is marked', () => {
    expect(marked(['flow', 'nodes', 1])).toBe('{\n        "id": "a1"');
  });

  it('given an object item written on one line, when located, then the line is marked without its comma', () => {
    expect(marked(['flow', 'nodes', 0])).toBe('{ "id": "start", "type": "start" }');
  });

  it('given a key after a string with an escaped quote, when located, then it is still found', () => {
    expect(marked(['flow', 'nodes', 1, 'name', 'zh-CN'])).toBe('"审批\\"一"');
    expect(marked(['flow', 'nodes', 1, 'name', 'en'])).toBe('"Approve"');
  });

  it('given a key that itself has an escape, when located, then it is matched by its decoded name', () => {
    expect(marked(['a"b'], '{"x": 1, "a\\"b": 2}')).toBe('2');
  });

  it('given a property the text lacks, when located, then the deepest existing name is marked', () => {
    expect(marked(['flow', 'missing'])).toBe('"flow"');
    expect(marked(['flow', 'nodes', 1, 'config', 'mode'])).toBe('"config"');
  });

  it('given an index past the end of an array, when located, then the array name is marked', () => {
    expect(marked(['flow', 'nodes', 5])).toBe('"nodes"');
    expect(marked(['flow', 'nodes', 1, 'config', 'approvers', 0])).toBe('"approvers"');
  });

  it('given a path that goes on through a scalar, when located, then the start of the scalar is marked', () => {
    expect(marked(['flow', 'key', 'x'])).toBe('"');
    expect(marked(['flow', 'nodes', 'first'])).toBe('[');
  });

  it('given text cut off part way, when located, then the deepest place read is marked', () => {
    expect(marked(['a', 1], '{"a": [1, 2')).toBe('2');
    expect(marked(['a', 5], '{"a": [1, 2')).toBe('"a"');
    expect(marked(['a'], '{"a": tru')).toBe('"a"');
  });

  // Regression: a bad escape used to throw out of the scanner instead of stopping it.
  it('given a bad escape before the key, when located, then it stops there instead of throwing', () => {
    expect(marked(['b'], '{"a": "\\q", "b": 2}')).toBe('{');
    expect(marked(['a', 'b'], '{"a": {"x\\q": 1, "b": 2}}')).toBe('"a"');
  });

  it('given empty text, when located, then there is no place', () => {
    expect(locateJsonPath('', ['flow'])).toBeUndefined();
    expect(locateJsonPath('  \n ', [])).toBeUndefined();
  });
});
