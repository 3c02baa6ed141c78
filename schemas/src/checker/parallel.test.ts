import { describe, expect, it } from 'vitest';
import { checkFlow } from './check-flow.ts';
import { bundle, edge, node, parallelFlow, summarize } from './test-flows.ts';

const check = (input: unknown) => summarize(checkFlow(input));

describe('checkFlow parallel blocks', () => {
  it('accepts a split closed by its join, nested blocks and merged condition branches', () => {
    // given split [legal | inner split [a | b] inner join | branch [x | y] merge] join
    const flow = bundle(
      [
        node('start', 'start'),
        node('split', 'parallel'),
        node('legal', 'approval'),
        node('inner', 'parallel'),
        node('a', 'approval'),
        node('b', 'approval'),
        node('innerJoin', 'join'),
        node('branch', 'exclusive'),
        node('x', 'approval'),
        node('y', 'approval'),
        node('merge', 'approval'),
        node('join', 'join'),
        node('end', 'end'),
      ],
      [
        edge('start', 'split'),
        edge('split', 'legal'),
        edge('split', 'inner'),
        edge('split', 'branch'),
        edge('legal', 'join'),
        edge('inner', 'a'),
        edge('inner', 'b'),
        edge('a', 'innerJoin'),
        edge('b', 'innerJoin'),
        edge('innerJoin', 'join'),
        edge('branch', 'x', { condition: 'amount > 10' }),
        edge('branch', 'y', { isDefault: true }),
        edge('x', 'merge'),
        edge('y', 'merge'),
        edge('merge', 'join'),
        edge('join', 'end'),
      ],
    );

    expect(checkFlow(flow)).toEqual([]);
    expect(checkFlow(parallelFlow())).toEqual([]);
  });

  it('reports a split whose branches end separately instead of meeting at a join', () => {
    const flow = bundle(
      [
        node('start', 'start'),
        node('split', 'parallel'),
        node('a', 'approval'),
        node('b', 'approval'),
        node('end', 'end'),
        node('end2', 'end'),
      ],
      [
        edge('start', 'split'),
        edge('split', 'a'),
        edge('split', 'b'),
        edge('a', 'end'),
        edge('b', 'end2'),
      ],
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "parallel.unclosed @split flow.nodes.1: Parallel branch "Split" is not closed: all its paths must meet at one parallel join",
      ]
    `);
  });

  it('reports a split whose branches meet at a step that is not a join', () => {
    const flow = parallelFlow();
    flow.flow.nodes[4] = node('join', 'approval');

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "parallel.closed-by-other @split flow.nodes.1: The paths of parallel branch "Split" meet at "Join", which is not a parallel join",
      ]
    `);
  });

  it('reports a join that closes no split', () => {
    const flow = bundle(
      [
        node('start', 'start'),
        node('branch', 'exclusive'),
        node('a', 'approval'),
        node('b', 'approval'),
        node('join', 'join'),
        node('end', 'end'),
      ],
      [
        edge('start', 'branch'),
        edge('branch', 'a', { condition: 'amount > 1' }),
        edge('branch', 'b', { isDefault: true }),
        edge('a', 'join'),
        edge('b', 'join'),
        edge('join', 'end'),
      ],
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "join.without-split @join flow.nodes.4: Parallel join "Join" does not close a parallel branch",
      ]
    `);
  });

  it('reports a join that also receives a path from outside its split', () => {
    // given a condition branch whose one path enters the parallel block's join directly
    const flow = bundle(
      [
        node('start', 'start'),
        node('branch', 'exclusive'),
        node('split', 'parallel'),
        node('a', 'approval'),
        node('b', 'approval'),
        node('c', 'approval'),
        node('join', 'join'),
        node('end', 'end'),
      ],
      [
        edge('start', 'branch'),
        edge('branch', 'split', { condition: 'amount > 1' }),
        edge('branch', 'c', { isDefault: true }),
        edge('split', 'a'),
        edge('split', 'b'),
        edge('a', 'join'),
        edge('b', 'join'),
        edge('c', 'join'),
        edge('join', 'end'),
      ],
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "parallel.foreign-input @join flow.nodes.6: Parallel join "Join" also receives paths that do not come from "Split"",
      ]
    `);
  });

  it('reports branches that meet before the join and a branch entering the join twice', () => {
    const flow = bundle(
      [
        node('start', 'start'),
        node('split', 'parallel'),
        node('a', 'approval'),
        node('b', 'approval'),
        node('shared', 'approval'),
        node('c', 'exclusive'),
        node('x', 'approval'),
        node('join', 'join'),
        node('end', 'end'),
      ],
      [
        edge('start', 'split'),
        edge('split', 'a'),
        edge('split', 'b'),
        edge('split', 'c'),
        edge('a', 'shared'),
        edge('b', 'shared'),
        edge('shared', 'join'),
        edge('c', 'x', { condition: 'amount > 1' }),
        edge('c', 'join', { isDefault: true }),
        edge('x', 'join'),
        edge('join', 'end'),
      ],
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "parallel.branches-merge-early @split flow.nodes.1: Paths of parallel branch "Split" meet at "Shared" before the join "Join"",
        "parallel.join-entered-twice @split flow.nodes.1: One path of parallel branch "Split" enters the join "Join" more than once: merge its condition branches before the join",
      ]
    `);
  });

  it('reports a join shared by two splits', () => {
    const flow = bundle(
      [
        node('start', 'start'),
        node('outer', 'parallel'),
        node('inner', 'parallel'),
        node('a', 'approval'),
        node('b', 'approval'),
        node('c', 'approval'),
        node('join', 'join'),
        node('end', 'end'),
      ],
      [
        edge('start', 'outer'),
        edge('outer', 'inner'),
        edge('outer', 'c'),
        edge('inner', 'a'),
        edge('inner', 'b'),
        edge('a', 'join'),
        edge('b', 'join'),
        edge('c', 'join'),
        edge('join', 'end'),
      ],
    );

    expect(check(flow)).toMatchInlineSnapshot(`
      [
        "join.shared @join flow.nodes.6: Parallel join "Join" closes several parallel branches ("Outer", "Inner"); each needs its own join",
      ]
    `);
  });
});
