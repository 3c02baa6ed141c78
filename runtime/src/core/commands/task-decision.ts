import { runtimeError } from '../../messages.ts';
import { executorFor, type TaskPolicy } from '../executors/index.ts';
import { approveTask, rejectTask } from '../steps.ts';
import type { Command, TaskState } from '../types.ts';
import type { Work } from '../work.ts';

type Approve = Extract<Command, { type: 'approve' }>;
type Reject = Extract<Command, { type: 'reject' }>;

/**
 * The open task the actor may decide, and its node's rules. Checks run in this order: the task
 * exists, the actor is its assignee, it is their turn (sequential steps), it is still open,
 * the request is running.
 */
function decidableTask(work: Work, command: Approve | Reject): [TaskState, TaskPolicy] {
  const { taskId } = command;
  const task = work.state.tasks.find((candidate) => candidate.id === taskId);
  if (!task) throw runtimeError('task.not-found', { taskId });
  if (task.assigneeId !== command.actorId) throw runtimeError('task.not-assignee', { taskId });
  if (task.status === 'waiting') throw runtimeError('task.not-your-turn', { taskId });
  if (task.status !== 'open') throw runtimeError('task.already-decided', { taskId });
  const { status, id } = work.state;
  if (status !== 'running') throw runtimeError('instance.not-running', { instanceId: id, status });
  const node = work.graph.node(task.nodeId);
  const policy = executorFor(node).taskPolicy?.(node);
  if (!policy) throw runtimeError('flow.unknown-node-kind', { nodeId: node.id, type: node.type });

  return [task, policy];
}

/** A blank comment counts as none. */
function commentOf(command: Approve | Reject, policy: TaskPolicy): string | undefined {
  const comment = command.comment?.trim() ? command.comment : undefined;
  if (policy.commentRequired && comment === undefined)
    throw runtimeError('approval.comment-required', { taskId: command.taskId });

  return comment;
}

export function approve(work: Work, command: Approve): void {
  const [task, policy] = decidableTask(work, command);
  approveTask(work, task, commentOf(command, policy));
}

export function reject(work: Work, command: Reject): void {
  const [task, policy] = decidableTask(work, command);
  const comment = commentOf(command, policy);
  rejectTask(work, task, { comment, target: command.target ?? policy.rejectTo, policy });
}
