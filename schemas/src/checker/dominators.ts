/**
 * Immediate dominators by the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple,
 * Fast Dominance Algorithm"), on a graph given as successor and predecessor functions over
 * positions `0..size-1`. Nodes the root cannot reach get -1. On an acyclic graph one pass over
 * the reverse postorder settles everything; the loop stays for safety.
 */
export function immediateDominators(options: {
  size: number;
  root: number;
  successors: (node: number) => readonly number[];
  predecessors: (node: number) => readonly number[];
}): Int32Array {
  const { size, root, successors, predecessors } = options;
  const order = reversePostorder(size, root, successors);
  const rank = new Int32Array(size).fill(-1);
  order.forEach((node, index) => (rank[node] = index));
  const idom = new Int32Array(size).fill(-1);
  idom[root] = root;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (rank[a]! > rank[b]!) a = idom[a]!;
      while (rank[b]! > rank[a]!) b = idom[b]!;
    }

    return a;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const node of order) {
      if (node === root) continue;
      let candidate = -1;
      for (const pred of predecessors(node)) {
        if (idom[pred] === -1) continue;
        candidate = candidate === -1 ? pred : intersect(pred, candidate);
      }
      if (candidate !== -1 && idom[node] !== candidate) {
        idom[node] = candidate;
        changed = true;
      }
    }
  }

  return idom;
}

function reversePostorder(
  size: number,
  root: number,
  successors: (node: number) => readonly number[],
) {
  const seen = new Uint8Array(size);
  const post: number[] = [];
  const work: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
  seen[root] = 1;
  while (work.length > 0) {
    const frame = work[work.length - 1]!;
    const succ = successors(frame.node);
    if (frame.next < succ.length) {
      const child = succ[frame.next++]!;
      if (!seen[child]) {
        seen[child] = 1;
        work.push({ node: child, next: 0 });
      }
      continue;
    }
    post.push(frame.node);
    work.pop();
  }

  return post.reverse();
}

/** Whether `a` dominates `b` in the tree given by `idom` (walks up from `b`). */
export function dominates(idom: Int32Array, a: number, b: number): boolean {
  for (let node = b; node !== -1; node = idom[node]!) {
    if (node === a) return true;
    if (idom[node] === node) return false;
  }

  return false;
}
