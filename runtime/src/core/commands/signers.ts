import { runtimeError } from '../../messages.ts';
import { findTask, ownedSeatTask, requireRunning } from '../actionable.ts';
import { addExtraTask, nameOf, requireNewcomer } from '../extra-tasks.ts';
import { cancelTasks, isPending, withComment } from '../step-close.ts';
import { approveTask, settle, stepOf, unblock } from '../steps.ts';
import { roleOf, rootOf } from '../task-roles.ts';
import type { Command, TaskOrigin, TaskState } from '../types.ts';
import { emit, notify, updateTask, type Work } from '../work.ts';
import { commentOf, policyOf } from './task-decision.ts';

type AddSigner = Extract<Command, { type: 'addSigner' }>;
type RemoveSigner = Extract<Command, { type: 'removeSigner' }>;

const ORIGIN: Record<AddSigner['position'], TaskOrigin['kind']> = {
  before: 'addBefore',
  after: 'addAfter',
  alongside: 'addAlongside',
};

/** Each person once, none already pending or approved in the step (`signer.already-present`). */
function checkSigners(work: Work, task: TaskState, userIds: readonly string[]): void {
  const seen = new Set<string>();
  for (const userId of userIds) {
    if (seen.has(userId))
      throw runtimeError('signer.already-present', { user: nameOf(work, userId) });
    seen.add(userId);
    requireNewcomer(work, task, userId, (other) => other.status === 'approved');
  }
}

/**
 * 加签: adds approvers to the actor's active step. `before`: they decide first and the actor's
 * task waits for them; `after`: the actor approves now and the step then also needs them;
 * `alongside`: they decide next to the actor. The step completes only once every added signer
 * approved (see `settle`); an added signer's rejection rejects the step.
 */
export function addSigner(work: Work, command: AddSigner): void {
  const task = ownedSeatTask(work, command.taskId, command.actorId);
  if (stepOf(work, task.stepId).status !== 'active') throw runtimeError('signer.step-finished');
  checkSigners(work, task, command.userIds);
  const { position, actorId } = command;
  const comment = command.comment?.trim() ? command.comment : undefined;
  // `after` approves in the actor's name: the node's comment rule applies.
  if (position === 'after') commentOf(command, policyOf(work, task));
  const origin = { kind: ORIGIN[position], byUserId: actorId, fromTaskId: task.id };
  const reason = `Added as a signer by ${nameOf(work, actorId)}`;
  const added: TaskState[] = [];
  for (const userId of command.userIds) {
    const after = added.at(-1) ?? task;
    added.push(addExtraTask(work, { from: task, userId, status: 'open', origin, reason }, after));
  }
  const newTaskIds = added.map((signer) => signer.id);
  emit(
    work,
    'task.signer-added',
    withComment(
      {
        taskId: task.id,
        newTaskIds,
        userIds: added.map((signer) => signer.assigneeId),
        position,
        nodeId: task.nodeId,
        stepId: task.stepId,
      },
      comment,
    ),
  );
  if (position === 'before') {
    updateTask(work, task.id, {
      status: 'waiting',
      blockedBy: [...(task.blockedBy ?? []), ...newTaskIds],
    });
  } else if (position === 'after') approveTask(work, task, comment);
}

/** Removes an added signer who has not acted, by whoever added them or an admin. */
/**
 * The pending signers added to `task`'s decision, and to theirs in turn: they were asked for
 * the removed signer's sake, so they go with them.
 */
function addedFor(work: Work, task: TaskState): TaskState[] {
  const found: TaskState[] = [];
  const owners = new Set([task.id]);
  for (const candidate of work.state.tasks) {
    if (candidate.stepId !== task.stepId || !isPending(candidate)) continue;
    if (roleOf(candidate, work.state.tasks) !== 'added') continue;
    const from = rootOf(candidate, work.state.tasks).origin?.fromTaskId;
    if (from === undefined || !owners.has(from)) continue;
    found.push(candidate);
    owners.add(candidate.id);
  }

  return found;
}

export function removeSigner(work: Work, command: RemoveSigner): void {
  const task = findTask(work, command.taskId);
  requireRunning(work);
  if (stepOf(work, task.stepId).status !== 'active') throw runtimeError('signer.step-finished');
  const addedBy = rootOf(task, work.state.tasks).origin?.byUserId;
  const mayRemove = command.asAdmin === true || addedBy === command.actorId;
  if (roleOf(task, work.state.tasks) !== 'added' || !isPending(task) || !mayRemove)
    throw runtimeError('signer.not-removable');
  const comment = command.comment?.trim() ? command.comment : undefined;
  for (const removed of [task, ...addedFor(work, task)]) {
    cancelTasks(work, [removed], 'signer-removed');
    const data = {
      taskId: removed.id,
      userId: removed.assigneeId,
      nodeId: removed.nodeId,
      stepId: removed.stepId,
    };
    emit(work, 'task.signer-removed', withComment(data, comment));
    notify(work, 'task-removed', [removed.assigneeId], removed.id);
    unblock(work, removed);
  }
  settle(work, task.stepId);
}
