import { describe, expect, it } from 'vitest';
import type { BatonError } from '../errors.ts';
import { MAX_DOCUMENT_DEPTH } from '../flow/limits.ts';
import { checkFlow } from './check-flow.ts';
import { generateLargeFlow } from './generate.ts';
import { parseFlowBundle } from './parse.ts';
import { expenseFlow, summarize } from './test-flows.ts';

const check = (input: unknown) => summarize(checkFlow(input));

/** `{ d: { d: … value } }`, `levels` objects deep. */
function nested(levels: number, value: unknown = 1): unknown {
  let result = value;
  for (let level = 0; level < levels; level += 1) result = { d: result };

  return result;
}

describe('checkFlow document depth', () => {
  it('gives one document.too-deep issue with the path for a config nested 5,000 levels deep', () => {
    // given a bundle with deep junk in a node config (it used to crash the hash at publish)
    const flow = expenseFlow();
    flow.flow.nodes[1]!.config = { junk: nested(5000) };

    // when it is checked
    const issues = checkFlow(flow);

    // then one issue points at the first object beyond 32 levels, in the node it belongs to
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'document.too-deep', nodeId: 'manager' });
    expect(issues[0]?.path).toHaveLength(MAX_DOCUMENT_DEPTH);
    expect(issues[0]?.path.slice(0, 7)).toEqual(['flow', 'nodes', 1, 'config', 'junk', 'd', 'd']);
  });

  it('accepts 32 levels and refuses 33', () => {
    // given a top-level key holding nested objects (the bundle itself is level 1)
    const fits = expenseFlow();
    const deep = expenseFlow();
    Reflect.set(fits, 'extra', nested(MAX_DOCUMENT_DEPTH - 1));
    Reflect.set(deep, 'extra', nested(MAX_DOCUMENT_DEPTH));

    // then the bundle at the limit is only refused for its unknown key, and one past is too deep
    expect(checkFlow(fits).map((issue) => issue.code)).toEqual(['document.unknown-key']);
    expect(check(deep)).toMatchInlineSnapshot(`
      [
        "document.too-deep extra.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d: extra.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d: the document is nested more than 32 levels deep",
      ]
    `);
  });

  it('reports a cyclic bundle as too deep instead of looping', () => {
    const flow = expenseFlow();
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    flow.flow.nodes[0]!.config = loop;

    expect(checkFlow(flow).map((issue) => issue.code)).toEqual(['document.too-deep']);
  });

  it('walks a list of 300,000 objects without overflowing the stack', () => {
    const flow = expenseFlow();
    Reflect.set(
      flow,
      'extra',
      Array.from({ length: 300_000 }, () => ({ a: [] })),
    );

    expect(checkFlow(flow).map((issue) => issue.code)).toEqual(['document.unknown-key']);
  });

  it('makes parseFlowBundle throw flow.invalid for a too-deep bundle', () => {
    const flow = expenseFlow();
    flow.flow.nodes[1]!.config = { junk: nested(3000) };

    expect(() => parseFlowBundle(flow)).toThrowError(
      expect.objectContaining({ code: 'flow.invalid' }) as BatonError,
    );
  });
});

describe('checkFlow document size', () => {
  it('refuses more than 2,000 nodes and 2,000 edges with flow.too-large', () => {
    // given a generated flow of 2,001 nodes (and so more than 2,000 edges)
    const large = generateLargeFlow(2001);

    // when it is checked, then each list over the bound is named, and nothing else is read
    expect(check(large)).toMatchInlineSnapshot(`
      [
        "flow.too-large flow.nodes: The flow has 2001 steps; at most 2000 are allowed",
        "flow.too-large flow.edges: The flow has 2444 connections; at most 2000 are allowed",
      ]
    `);
  });

  it('checks a flow of exactly 2,000 nodes as usual', () => {
    const flow = generateLargeFlow(2000);
    flow.flow.edges = flow.flow.edges.slice(0, 2000);

    expect(checkFlow(flow).map((issue) => issue.code)).not.toContain('flow.too-large');
  });

  it('writes the size issue in Chinese', () => {
    const [issue] = checkFlow(generateLargeFlow(2001), { locale: 'zh-CN' });

    expect(issue?.message).toBe('流程有 2001 个步骤，超过了上限 2000');
  });
});

describe('checkFlow layout bounds', () => {
  it('reports a position of 1e308 with its path instead of saving it', () => {
    const flow = expenseFlow();
    flow.layout.positions = { start: { x: 1e308, y: 0 }, end: { x: 0, y: -1_000_001 } };

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "schema.invalid layout.positions.start.x: layout.positions.start.x: Too big: expected number to be <=1000000",
        "schema.invalid layout.positions.end.y: layout.positions.end.y: Too small: expected number to be >=-1000000",
      ]
    `);
  });

  it('accepts positions a million from the origin', () => {
    const flow = expenseFlow();
    flow.layout.positions = { start: { x: 1_000_000, y: -1_000_000 } };

    expect(checkFlow(flow)).toEqual([]);
  });
});
