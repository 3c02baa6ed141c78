import { CcConfig } from '@baton/schemas';
import { resolveRecipients } from '../../approvers/assignees.ts';
import { nodeConfig } from '../graph.ts';
import { reasonFields } from '../step-entry.ts';
import { emit, notify } from '../work.ts';
import { firstEdge, passOn } from './pass-through.ts';
import type { NodeExecutor } from './types.ts';

/**
 * CC: notifies the resolved recipients (nobody is fine) and moves on without waiting. The
 * event keeps who was copied and why, like a step's.
 */
export const ccExecutor: NodeExecutor = {
  type: 'cc',
  arrive(work, token, node) {
    const config = nodeConfig(node, CcConfig);
    const ctx = {
      initiatorId: work.state.initiatorId,
      org: work.ctx.org,
      values: work.state.values,
      form: work.bundle.form,
    };
    const chosen = resolveRecipients(config.recipients, ctx);
    const recipientIds = chosen.assignees.map((assignee) => assignee.userId);
    emit(work, 'cc.sent', {
      nodeId: node.id,
      recipientIds,
      recipients: chosen.assignees.map((assignee) => ({
        userId: assignee.userId,
        ...reasonFields(assignee.reasonDetail),
      })),
      rules: config.recipients,
      facts: chosen.facts,
      factDetails: chosen.factDetails,
      reason: chosen.reason,
      ...reasonFields(chosen.reasonDetail),
    });
    notify(work, 'cc', recipientIds);

    return passOn(work, token, node);
  },
  lookAhead: firstEdge,
};
