import { ApprovalConfig } from '@baton/schemas';
import { resolveStepAssignees, type Assignee } from '../../approvers/assignees.ts';
import { runtimeError } from '../../messages.ts';
import { nodeConfig } from '../graph.ts';
import type { StepState, TaskState } from '../types.ts';
import { emit, notify, type Work } from '../work.ts';
import type { NodeExecutor } from './types.ts';

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
  });
  notify(work, 'task-assigned', [task.assigneeId], task.id);
}

/**
 * Approval: entering resolves the approvers against the org now, records who and why, opens
 * one task per approver and parks the token until the step is decided (see core/steps.ts).
 */
export const approvalExecutor: NodeExecutor = {
  type: 'approval',
  arrive(work, token, node) {
    const config = nodeConfig(node, ApprovalConfig);
    const ctx = { initiatorId: work.state.initiatorId, org: work.ctx.org };
    const chosen = resolveStepAssignees(config.approvers, ctx);
    if (chosen.assignees.length === 0)
      throw runtimeError('approval.no-approver', { nodeId: node.id, reason: chosen.reason });
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
      reason: chosen.reason,
      fallback: chosen.fallback,
    });
    for (const assignee of chosen.assignees) createTask(work, step, assignee);

    return [];
  },
  taskPolicy(node) {
    const config = nodeConfig(node, ApprovalConfig);

    return { commentRequired: config.commentRequired, rejectTo: config.rejectTo };
  },
};
