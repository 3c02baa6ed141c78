import { ApprovalConfig, resolveText, type FlowNode } from '@baton/schemas';
import {
  resolveStepAssignees,
  type Assignee,
  type StepAssignees,
} from '../../approvers/assignees.ts';
import { explain, explainBoth } from '../../approvers/explanations.ts';
import type { OrgDirectory } from '../../approvers/org-directory.ts';
import { runtimeError } from '../../messages.ts';
import { nodeConfig } from '../graph.ts';
import type { StepState, TaskState } from '../types.ts';
import { emit, notify, type Work } from '../work.ts';
import { firstEdge } from './pass-through.ts';
import type { NodeExecutor } from './types.ts';

/** The structured, translatable form of a reason, stored next to its English `reason`. */
function reasonFields(detail: Assignee['reasonDetail']) {
  return {
    reasonCode: detail.code,
    reasonParams: detail.params,
    reasonText: explainBoth(detail),
  };
}

function createTask(work: Work, step: StepState, assignee: Assignee): void {
  const task: TaskState = {
    id: work.ctx.newId('task'),
    stepId: step.id,
    nodeId: step.nodeId,
    assigneeId: assignee.userId,
    status: 'open',
    createdAt: work.at,
    reason: assignee.reason,
  };
  work.state.tasks.push(task);
  emit(work, 'task.created', {
    taskId: task.id,
    nodeId: task.nodeId,
    stepId: step.id,
    assigneeId: task.assigneeId,
    reason: task.reason,
    ...reasonFields(assignee.reasonDetail),
  });
  notify(work, 'task-assigned', [task.assigneeId], task.id);
}

/**
 * The approvers of an approval node for this request, against the org as it is now. Throws
 * `approval.no-approver`, naming the step in both languages, when not even a flow admin can
 * take it.
 */
function staff(work: Work, node: FlowNode): StepAssignees {
  const config = nodeConfig(node, ApprovalConfig);
  const chosen = resolveStepAssignees(config.approvers, {
    initiatorId: work.state.initiatorId,
    org: work.ctx.org,
  });
  if (chosen.assignees.length > 0) return chosen;

  throw runtimeError('approval.no-approver', {
    nodeId: node.id,
    stepZh: resolveText(node.name, 'zh-CN'),
    stepEn: resolveText(node.name, 'en'),
    reason: chosen.reason,
    reasonZh: explain(chosen.reasonDetail, 'zh-CN'),
    reasonEn: chosen.reason,
  });
}

/**
 * Who was found staffable by a look-ahead, by org directory, node and initiator. A directory is
 * a read-only snapshot (the engine builds a new one when the org changes), so the answer holds
 * as long as the directory object lives. Only successes are kept: a failure is resolved again
 * so that it throws with its full explanation.
 */
const staffable = new WeakMap<OrgDirectory, WeakMap<FlowNode, Set<string>>>();

function checkStaffed(work: Work, node: FlowNode): void {
  let byNode = staffable.get(work.ctx.org);
  if (!byNode) staffable.set(work.ctx.org, (byNode = new WeakMap()));
  let initiators = byNode.get(node);
  if (!initiators) byNode.set(node, (initiators = new Set()));
  if (initiators.has(work.state.initiatorId)) return;
  staff(work, node);
  initiators.add(work.state.initiatorId);
}

/**
 * Approval: entering resolves the approvers against the org now, records who and why, opens
 * one task per approver and parks the token until the step is decided (see core/steps.ts).
 */
export const approvalExecutor: NodeExecutor = {
  type: 'approval',
  arrive(work, token, node) {
    const config = nodeConfig(node, ApprovalConfig);
    const chosen = staff(work, node);
    const step: StepState = {
      id: work.ctx.newId('step'),
      nodeId: node.id,
      round: work.state.round,
      status: 'active',
      mode: config.mode,
      tokenId: token.id,
      startedAt: work.at,
    };
    work.state.steps.push(step);
    work.state.tokens.push(token);
    emit(work, 'step.entered', {
      nodeId: node.id,
      stepId: step.id,
      round: step.round,
      mode: step.mode,
      rules: config.approvers,
      assigneeIds: chosen.assignees.map((assignee) => assignee.userId),
      facts: chosen.facts,
      factDetails: chosen.factDetails,
      reason: chosen.reason,
      ...reasonFields(chosen.reasonDetail),
      fallback: chosen.fallback,
    });
    for (const assignee of chosen.assignees) createTask(work, step, assignee);

    return [];
  },
  lookAhead(work, node) {
    checkStaffed(work, node);

    return firstEdge(work, node);
  },
  taskPolicy(node) {
    const config = nodeConfig(node, ApprovalConfig);

    return { commentRequired: config.commentRequired, rejectTo: config.rejectTo };
  },
};
