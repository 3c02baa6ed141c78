import type { CheckContext } from '../context.ts';
import { dominates, immediateDominators } from '../dominators.ts';
import type { FlowIndex } from '../flow-index.ts';

type Trees = { readonly idom: Int32Array; readonly ipdom: Int32Array; readonly exit: number };

/** Dominators from the start, and post-dominators from a virtual exit after every sink. */
function trees(index: FlowIndex, start: number): Trees {
  const size = index.nodes.length;
  const exit = size;
  const succ = index.out.map((edges) => edges.map((edge) => edge.to));
  const pred = index.into.map((edges) => edges.map((edge) => edge.from));
  const sinks = index.graphNodes.filter((position) => (succ[position]?.length ?? 0) === 0);
  const idom = immediateDominators({
    size,
    root: start,
    successors: (node) => succ[node] ?? [],
    predecessors: (node) => pred[node] ?? [],
  });
  const ipdom = immediateDominators({
    size: size + 1,
    root: exit,
    successors: (node) => (node === exit ? sinks : (pred[node] ?? [])),
    predecessors: (node) => (node === exit ? [] : succ[node]?.length ? succ[node]! : [exit]),
  });

  return { idom, ipdom, exit };
}

/**
 * Walks each branch of a split up to its join: branches must not meet before the join, and
 * each branch must enter the join once (condition branches inside it merge first).
 */
function checkRegion(ctx: CheckContext, split: number, join: number): void {
  const owner = new Map<number, number>();
  const names = { join: ctx.nodeName(join) };
  let merged = false;
  (ctx.index.out[split] ?? []).forEach((first, branch) => {
    let entries = 0;
    const queue = [first];
    for (let head = 0; head < queue.length; head += 1) {
      const edge = queue[head]!;
      if (edge.to === join) {
        entries += 1;
        continue;
      }
      const seenBy = owner.get(edge.to);
      if (seenBy === branch) continue;
      if (seenBy !== undefined) {
        if (!merged)
          ctx.atNode(split, 'parallel.branches-merge-early', {
            ...names,
            meet: ctx.nodeName(edge.to),
          });
        merged = true;
        continue;
      }
      owner.set(edge.to, branch);
      queue.push(...(ctx.index.out[edge.to] ?? []));
    }
    if (entries > 1) ctx.atNode(split, 'parallel.join-entered-twice', names);
  });
}

/** Each reachable split with the node where all its paths first meet (-1: they never do). */
function closers(ctx: CheckContext, fromStart: Uint8Array, { ipdom, exit }: Trees) {
  const byJoin = new Map<number, number[]>();
  for (const split of ctx.index.graphNodes) {
    if (!fromStart[split] || !ctx.capabilities(split).parallelSplit) continue;
    const meet = ipdom[split] ?? -1;
    if (meet === -1 || meet === exit) ctx.atNode(split, 'parallel.unclosed');
    else if (!ctx.capabilities(meet).joinsParallel) {
      ctx.atNode(split, 'parallel.closed-by-other', { meet: ctx.nodeName(meet) });
    } else byJoin.set(meet, [...(byJoin.get(meet) ?? []), split]);
  }

  return byJoin;
}

/**
 * Parallel blocks: every path out of a split must meet at one join (its immediate
 * post-dominator), which no path from outside the split reaches (the split dominates it);
 * every join closes exactly one split. Runs on acyclic flows with a start; gives split → join
 * ids for the blocks that pass.
 */
export function checkParallel(ctx: CheckContext, fromStart: Uint8Array): Map<string, string> {
  const { index } = ctx;
  const pairs = new Map<string, string>();
  const start = index.graphNodes.find((position) => ctx.capabilities(position).isStart);
  if (start === undefined) return pairs;
  const found = trees(index, start);
  const byJoin = closers(ctx, fromStart, found);
  for (const [join, splits] of byJoin) {
    const split = splits[0]!;
    if (splits.length > 1) {
      const names = splits.map((other) => `"${ctx.nodeName(other)}"`).join(', ');
      ctx.atNode(join, 'join.shared', { splits: names });
    } else if (!dominates(found.idom, split, join)) {
      ctx.atNode(join, 'parallel.foreign-input', {
        join: ctx.nodeName(join),
        node: ctx.nodeName(split),
      });
    } else {
      checkRegion(ctx, split, join);
      pairs.set(index.nodes[split]!.id, index.nodes[join]!.id);
    }
  }
  for (const position of index.graphNodes) {
    if (fromStart[position] && ctx.capabilities(position).joinsParallel && !byJoin.has(position)) {
      ctx.atNode(position, 'join.without-split');
    }
  }

  return pairs;
}
