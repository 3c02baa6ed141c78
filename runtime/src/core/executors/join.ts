import { runtimeError } from '../../messages.ts';
import { onlyEdge } from '../graph.ts';
import type { TokenState } from '../types.ts';
import { emit, unpark, follow } from '../work.ts';
import { firstEdge } from './pass-through.ts';
import type { NodeExecutor } from './types.ts';

function sameForks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((fork, index) => fork === b[index]);
}

/**
 * Join: parks arriving tokens until one has come from every branch of the innermost split
 * (the last entry of `forks`), then sends a single token on with that split popped. Parked
 * tokens keep the step they left (`after`); the merged token carries none, so a decision
 * before the join can no longer be recalled.
 */
export const joinExecutor: NodeExecutor = {
  type: 'join',
  arrive(work, token, node) {
    const splitId = token.forks.at(-1);
    if (splitId === undefined) throw runtimeError('flow.join-without-split', { nodeId: node.id });
    const expected = work.graph.outgoing(splitId).length;
    const waiting = work.state.tokens.filter(
      (parked) => parked.nodeId === node.id && sameForks(parked.forks, token.forks),
    );
    if (waiting.length + 1 < expected) {
      work.state.tokens.push(token);

      return [];
    }
    for (const parked of waiting) unpark(work, parked.id);
    const merged: TokenState = {
      id: work.ctx.newId('tok'),
      nodeId: node.id,
      forks: token.forks.slice(0, -1),
    };
    emit(work, 'parallel.joined', {
      nodeId: node.id,
      splitId,
      tokenIds: [...waiting.map((parked) => parked.id), token.id],
    });

    return [follow(merged, onlyEdge(work.graph, node.id))];
  },
  lookAhead: firstEdge,
};
