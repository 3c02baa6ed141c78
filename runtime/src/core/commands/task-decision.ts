import { runtimeError } from '../../messages.ts';
import { actionableTask } from '../actionable.ts';
import { executorFor, type TaskPolicy } from '../executors/index.ts';
import { approveTask, rejectTask } from '../steps.ts';
import { applyEdits } from './form-edit.ts';
import type { Command, TaskState } from '../types.ts';
import type { Work } from '../work.ts';

type Approve = Extract<Command, { type: 'approve' }>;
type Reject = Extract<Command, { type: 'reject' }>;

/**
 * The open task the actor may decide, and its node's rules (see `actionableTask` for the
 * checks and their order: a task handed to someone else is refused as `task.transferred`, one
 * waiting for an added signer or a delegate as `task.waiting-for-others`).
 */
function decidableTask(work: Work, command: Approve | Reject): [TaskState, TaskPolicy] {
  const task = actionableTask(work, command.taskId, command.actorId);

  return [task, policyOf(work, task)];
}

/** How decisions on `task` must be made: its node's task policy. */
export function policyOf(work: Work, task: TaskState): TaskPolicy {
  const node = work.graph.node(task.nodeId);
  const policy = executorFor(node).taskPolicy?.(node);
  if (!policy) throw runtimeError('flow.unknown-node-kind', { nodeId: node.id, type: node.type });

  return policy;
}

/** A blank comment counts as none. */
export function commentOf(
  command: { taskId: string; comment?: string | undefined },
  policy: TaskPolicy,
): string | undefined {
  const comment = command.comment?.trim() ? command.comment : undefined;
  if (policy.commentRequired && comment === undefined)
    throw runtimeError('approval.comment-required', { taskId: command.taskId });

  return comment;
}

/** Approves the actor's task, after storing the edits the approval carries (see form-edit.ts). */
export function approve(work: Work, command: Approve): void {
  const [task, policy] = decidableTask(work, command);
  const comment = commentOf(command, policy);
  if (command.values) applyEdits(work, task, command.values);
  approveTask(work, task, comment);
}

export function reject(work: Work, command: Reject): void {
  const [task, policy] = decidableTask(work, command);
  const comment = commentOf(command, policy);
  rejectTask(work, task, { comment, target: command.target ?? policy.rejectTo, policy });
}
