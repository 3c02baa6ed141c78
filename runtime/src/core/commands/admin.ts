import { runtimeError } from '../../messages.ts';
import { findTask, requireReason, requireRunning } from '../actionable.ts';
import { kindOf } from '../graph.ts';
import { handTask } from '../hand-task.ts';
import { nodesInParallelBlocks } from '../parallel-blocks.ts';
import { runTokens } from '../run.ts';
import { isPending } from '../step-close.ts';
import { stopAll } from '../steps.ts';
import type { Command } from '../types.ts';
import { emit, notify, type Work } from '../work.ts';

type Terminate = Extract<Command, { type: 'terminate' }>;
type Reassign = Extract<Command, { type: 'reassign' }>;
type Jump = Extract<Command, { type: 'jump' }>;

/** A request an admin may still intervene in: running, or returned to its initiator. */
function requireOpen(work: Work): void {
  const { status, id } = work.state;
  if (status !== 'running' && status !== 'returned')
    throw runtimeError('instance.not-running', { instanceId: id, status });
}

/** Who held a pending task, told theirs was taken away. */
function pendingAssignees(work: Work): string[] {
  return [...new Set(work.state.tasks.filter(isPending).map((task) => task.assigneeId))];
}

/**
 * Admin: ends a running or returned request for good (`terminated`), with a reason. The
 * initiator is told, and whoever held a pending task that it is gone.
 */
export function terminate(work: Work, command: Terminate): void {
  const reason = requireReason(command.reason);
  requireOpen(work);
  const holders = pendingAssignees(work);
  const { state } = work;
  stopAll(work, 'terminated');
  state.status = 'terminated';
  state.endedAt = work.at;
  delete state.returnedFrom;
  emit(work, 'instance.terminated', { reason });
  notify(work, 'terminated', [state.initiatorId]);
  notify(work, 'task-removed', holders);
}

/**
 * Admin: gives an open or waiting task to someone else, like a transfer (`handover`: as part
 * of a bulk handover of someone's work). A waiting task keeps waiting.
 */
export function reassign(work: Work, command: Reassign): void {
  const reason = requireReason(command.reason);
  const task = findTask(work, command.taskId);
  if (!isPending(task)) throw runtimeError('task.already-decided', { taskId: task.id });
  requireRunning(work);
  const kind = command.handover === true ? 'handover' : 'reassign';
  handTask(work, task, { kind, toUserId: command.toUserId, byUserId: command.actorId, reason });
}

/**
 * Where a jump may land: an approval step or an end, outside every parallel block (a token
 * inside one branch alone would never reach its join).
 */
function requireJumpTarget(work: Work, nodeId: string): void {
  const node = work.graph.flow.nodes.find((candidate) => candidate.id === nodeId);
  const capabilities = node ? kindOf(node).capabilities : {};
  const lands = capabilities.isEnd === true || capabilities.needsAssignees === true;
  if (!node || !lands || nodesInParallelBlocks(work.graph.flow).has(nodeId))
    throw runtimeError('jump.invalid-target', { nodeId });
}

/**
 * Admin: stops every open step and moves the request to `nodeId` in a new round (an approval
 * step re-resolves its approvers; an end completes the request).
 */
export function jump(work: Work, command: Jump): void {
  const reason = requireReason(command.reason);
  requireOpen(work);
  requireJumpTarget(work, command.nodeId);
  const { state } = work;
  const active = state.steps.filter((step) => step.status === 'active').map((step) => step.nodeId);
  const parked = state.tokens.map((token) => token.nodeId);
  const fromNodeIds = [...new Set([...active, ...parked])];
  stopAll(work, 'jumped');
  delete state.returnedFrom;
  state.status = 'running';
  state.round += 1;
  emit(work, 'instance.jumped', { nodeId: command.nodeId, reason, fromNodeIds });
  runTokens(work, [{ token: { id: work.ctx.newId('tok'), nodeId: command.nodeId, forks: [] } }]);
}
