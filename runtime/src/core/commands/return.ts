import { ApprovalConfig, resolveText } from '@baton/schemas';
import { runtimeError } from '../../messages.ts';
import { ownedSeatTask } from '../actionable.ts';
import { nodeConfig } from '../graph.ts';
import { returnTargets } from '../return-targets.ts';
import { runTokens } from '../run.ts';
import { withComment } from '../step-close.ts';
import { stopAll } from '../steps.ts';
import type { Command, TaskState } from '../types.ts';
import { emit, notify, type Work } from '../work.ts';

type Return = Extract<Command, { type: 'return' }>;

/** `return.not-allowed` for a target the node does not allow (a node id: that node's name). */
function notAllowed(work: Work, target: string) {
  const names: Record<string, [string, string]> = {
    initiator: ['发起人', 'the initiator'],
    previous: ['上一审批步骤', 'the previous step'],
  };
  const known = names[target];
  if (known) return runtimeError('return.not-allowed', { targetZh: known[0], targetEn: known[1] });
  const node = work.graph.flow.nodes.find((candidate) => candidate.id === target);
  const name = node ? node.name : { 'zh-CN': target, en: target };

  return runtimeError('return.not-allowed', {
    targetZh: resolveText(name, 'zh-CN'),
    targetEn: resolveText(name, 'en'),
  });
}

/**
 * Back to the initiator: everything stops, the request is `returned` (as by a rejection to
 * the initiator), and `returnedFrom` remembers the step so a resubmission can jump back to it
 * (`resubmit: 'toThisStep'`).
 */
function toInitiator(work: Work, task: TaskState, comment: string | undefined): void {
  const { state } = work;
  stopAll(work, 'returned');
  state.status = 'returned';
  state.returnedFrom = { nodeId: task.nodeId, stepId: task.stepId };
  const where = { taskId: task.id, nodeId: task.nodeId, stepId: task.stepId };
  emit(
    work,
    'instance.returned',
    withComment({ ...where, returned: true, to: 'initiator' }, comment),
  );
  notify(work, 'returned', [state.initiatorId]);
}

/** Back to an earlier step: everything stops; a new round starts on `nodeId`, re-resolved. */
function toStep(work: Work, task: TaskState, nodeId: string, comment: string | undefined): void {
  const { state } = work;
  stopAll(work, 'returned');
  state.round += 1;
  const data = { taskId: task.id, fromNodeId: task.nodeId, toNodeId: nodeId, round: state.round };
  emit(work, 'step.returned-to', withComment(data, comment));
  runTokens(work, [{ token: { id: work.ctx.newId('tok'), nodeId, forks: [] } }]);
}

/**
 * Sends the request back without rejecting it: to the initiator, the previous approval step
 * or an earlier one, as the task's node allows (`return.not-allowed`) and the round offers
 * (`return.no-earlier-step`; see `returnTargets`).
 */
export function returnTask(work: Work, command: Return): void {
  const task = ownedSeatTask(work, command.taskId, command.actorId);
  const { returnTo } = nodeConfig(work.graph.node(task.nodeId), ApprovalConfig);
  const targets = returnTargets(work.bundle, work.state, task.id);
  const comment = command.comment?.trim() ? command.comment : undefined;
  if (command.to === 'initiator') {
    if (!targets.initiator) throw notAllowed(work, 'initiator');

    return toInitiator(work, task, comment);
  }
  if (command.to === 'previous') {
    if (!returnTo.includes('previous')) throw notAllowed(work, 'previous');
    if (targets.previous === null) throw runtimeError('return.no-earlier-step');

    return toStep(work, task, targets.previous, comment);
  }
  const nodeId = command.nodeId ?? '';
  if (!returnTo.includes('any')) throw notAllowed(work, nodeId);
  if (targets.earlier.length === 0) throw runtimeError('return.no-earlier-step');
  if (!targets.earlier.includes(nodeId)) throw notAllowed(work, nodeId);
  toStep(work, task, nodeId, comment);
}
