import type { FlowBundle } from '../flow/bundle.ts';
import { CheckContext } from './context.ts';
import { indexFlow } from './flow-index.ts';
import { loopingComponents } from './rules/cycles.ts';
import { checkParallel } from './rules/parallel.ts';
import { reachable } from './rules/reachability.ts';

/**
 * The join that closes each parallel split, as split id → join id, for the blocks the checker
 * accepts (a runtime pairs tokens with it). Empty for a flow with loops or without a start.
 */
export function findParallelJoins(bundle: FlowBundle): Map<string, string> {
  const index = indexFlow(bundle.flow);
  const ctx = new CheckContext(bundle, index, 'en', undefined);
  const start = index.graphNodes.find((position) => ctx.capabilities(position).isStart);
  if (start === undefined || loopingComponents(index).length > 0) return new Map();
  const fromStart = reachable(index.nodes.length, [start], (p) => index.out[p] ?? [], true);

  return checkParallel(ctx, fromStart);
}
