import { runtimeError } from '../../messages.ts';
import { emit, follow } from '../work.ts';
import type { NodeExecutor } from './types.ts';

/**
 * Parallel split: one new token down every outgoing edge. Each records this split in `forks`
 * (innermost last), so the join that closes the split knows how many branches to wait for.
 */
export const parallelExecutor: NodeExecutor = {
  type: 'parallel',
  arrive(work, token, node) {
    const edges = work.graph.outgoing(node.id);
    if (edges.length === 0) throw runtimeError('flow.missing-edge', { nodeId: node.id });
    const forks = [...token.forks, node.id];
    // Each branch keeps the step the token left last, so a recall can find what followed it.
    const after = token.after === undefined ? {} : { after: token.after };
    const arrivals = edges.map((edge) =>
      follow({ id: work.ctx.newId('tok'), nodeId: node.id, forks, ...after }, edge),
    );
    emit(work, 'parallel.split', {
      nodeId: node.id,
      edgeIds: edges.map((edge) => edge.id),
      tokenIds: arrivals.map((arrival) => arrival.token.id),
    });

    return arrivals;
  },
  lookAhead: (work, node) => work.graph.outgoing(node.id),
};
