import type { CheckContext } from '../context.ts';
import type { FlowIndex } from '../flow-index.ts';

const MAX_NAMES = 6;

/** Strongly connected components with a loop in them (Tarjan's algorithm without recursion). */
export function loopingComponents(index: FlowIndex): number[][] {
  const size = index.nodes.length;
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  for (const root of index.graphNodes) {
    if (order[root] !== -1) continue;
    const work: Array<{ node: number; edge: number }> = [{ node: root, edge: 0 }];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = index.out[frame.node] ?? [];
      const edge = edges[frame.edge];
      if (edge) {
        frame.edge += 1;
        const next = edge.to;
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          stack.push(next);
          onStack[next] = 1;
          work.push({ node: next, edge: 0 });
        } else if (onStack[next]) {
          low[frame.node] = Math.min(low[frame.node]!, order[next]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] !== order[frame.node]) continue;
      const component: number[] = [];
      for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
        onStack[member] = 0;
        component.push(member);
        if (member === frame.node) break;
      }
      const selfLoop = edges.some((e) => e.to === frame.node);
      if (component.length > 1 || selfLoop) found.push(component.sort((a, b) => a - b));
    }
  }

  return found;
}

/** Loops are errors: an approval flow must always move towards an end. Returns true if none. */
export function checkCycles(ctx: CheckContext): boolean {
  const components = loopingComponents(ctx.index);
  for (const component of components) {
    const names = component.slice(0, MAX_NAMES).map((position) => `"${ctx.nodeName(position)}"`);
    if (component.length > MAX_NAMES) names.push('…');
    ctx.atNode(component[0] ?? 0, 'flow.cycle', { nodes: names.join(', ') });
  }

  return components.length === 0;
}
