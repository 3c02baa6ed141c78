import { because } from '../../approvers/explanations.ts';
import { approversRequired } from '../policies.ts';
import { peopleWhoApproved } from '../round-approvals.ts';
import { reasonFields } from '../step-entry.ts';
import { emit, notify, type Work } from '../work.ts';
import type { NodeExecutor } from './types.ts';

/**
 * How many distinct people approved this round, and, where an amount rule asks for more (the
 * org changed after the route was checked at submission, say a turn skipped for a disabled
 * approver), the shortfall with the reason, so the history explains it.
 */
function approverFacts(work: Work): Record<string, unknown> {
  const found = peopleWhoApproved(work.state).size;
  const needed = approversRequired(work.bundle.flow, work.state.values);
  if (found >= needed) return { approvers: found };
  const short = because('sod.too-few-approvers', { needed, found });

  return { approvers: found, minApprovers: { needed, found }, ...reasonFields(short) };
}

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
    emit(work, 'instance.completed', { nodeId: node.id, ...approverFacts(work) });
    notify(work, 'completed', [state.initiatorId]);

    return [];
  },
  lookAhead: () => [],
};
