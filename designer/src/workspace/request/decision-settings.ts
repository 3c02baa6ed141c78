import { ApprovalConfig } from '@baton/schemas';
import type { InstanceTask, InstanceView } from '../../api/types.ts';
import type { RejectTarget } from './RejectDialog.tsx';

/** What the decision box follows of the step a task belongs to. */
export type DecisionSettings = {
  /** Where a rejection goes unless the approver picks otherwise (the step's `rejectTo`). */
  readonly rejectTarget: RejectTarget;
  readonly commentRequired: boolean;
  /**
   * The step is rejected by a share of its approvers (percentage mode, `rejectWhen:
   * 'threshold'`) and this approver has no veto: their rejection may only count toward it.
   */
  readonly share: boolean;
};

/** The settings of `task`'s step, read from the request's flow; defaults where it has none. */
export function decisionSettings(
  request: Pick<InstanceView, 'flow'>,
  task: Pick<InstanceTask, 'nodeId' | 'assignee'>,
): DecisionSettings {
  const node = request.flow.nodes.find((candidate) => candidate.id === task.nodeId);
  const parsed = ApprovalConfig.safeParse(node?.config ?? {});
  if (!parsed.success) return { rejectTarget: 'initiator', commentRequired: false, share: false };
  const config = parsed.data;
  const threshold = config.mode === 'percentage' && config.rejectWhen === 'threshold';

  return {
    rejectTarget: config.rejectTo,
    commentRequired: config.commentRequired,
    share: threshold && !config.vetoUserIds.includes(task.assignee.id),
  };
}
