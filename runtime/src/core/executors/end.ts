import { emit, notify } from '../work.ts';
import type { NodeExecutor } from './types.ts';

/**
 * End: the token stops. When it was the last one (nothing parked, nothing moving), the request
 * is completed and the initiator notified; otherwise other branches are still under way.
 */
export const endExecutor: NodeExecutor = {
  type: 'end',
  arrive(work, _token, node) {
    const { state } = work;
    if (state.tokens.length > 0 || work.moving.length > 0) return [];
    state.status = 'completed';
    state.endedAt = work.at;
    emit(work, 'instance.completed', { nodeId: node.id });
    notify(work, 'completed', [state.initiatorId]);

    return [];
  },
  lookAhead: () => [],
};
