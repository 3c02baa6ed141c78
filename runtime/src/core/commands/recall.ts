import { runtimeError } from '../../messages.ts';
import { findTask } from '../actionable.ts';
import { stepOf, tasksOf } from '../steps.ts';
import { taskOpened } from '../task-open.ts';
import { decidedByPerson, roleOf, seatsAmong } from '../task-roles.ts';
import type { Command, StepState, TaskState } from '../types.ts';
import { emit, type Work } from '../work.ts';
import { undoCompletion } from './recall-completed.ts';
import { reopenTask, tooLate } from './recall-why.ts';

type Recall = Extract<Command, { type: 'recall' }>;

/**
 * A sequential step's turn goes back to the recaller: refused once a later seat acted; the
 * turn that opened after theirs waits again.
 */
function takeBackTurn(work: Work, step: StepState, task: TaskState): void {
  const seats = seatsAmong(tasksOf(work, step));
  const later = seats.slice(seats.findIndex((seat) => seat.id === task.id) + 1);
  const decidedSince = tasksOf(work, step).some(
    (other) =>
      other.id !== task.id &&
      decidedByPerson(other) &&
      (other.decidedAt ?? '') > (task.decidedAt ?? ''),
  );
  if (decidedSince || later.some((seat) => decidedByPerson(seat) || seat.blockedBy?.length))
    throw tooLate('later-turn');
  for (const seat of later.filter((candidate) => candidate.status === 'open'))
    reopenTask(work, seat, 'waiting');
}

/**
 * 撤回: the actor undoes their own approval or rejection while nobody acted on what followed
 * it. In a step still active, their task simply opens again (see `takeBackTurn` for sequential
 * steps). A step their approval helped complete is reopened when every step entered since is
 * still undecided (see `undoCompletion`). A rejection that ended or returned the request can
 * no longer be recalled. Others' decisions are kept.
 */
export function recall(work: Work, command: Recall): void {
  const task = findTask(work, command.taskId);
  const mine = task.assigneeId === command.actorId;
  // A stale page recalling twice: the task is the actor's and open again, nothing to undo.
  if (mine && (task.status === 'open' || task.status === 'waiting'))
    throw runtimeError('recall.already-open');
  if (!mine || !decidedByPerson(task)) throw runtimeError('recall.not-decided');
  const { state } = work;
  if (state.status !== 'running') throw tooLate('ended');
  const step = stepOf(work, task.stepId);
  if (step.round !== state.round) throw tooLate('round');
  if (roleOf(task, work.state.tasks) === 'advice') throw tooLate('advice');
  let cancelledStepIds: string[] = [];
  if (step.status === 'active') {
    if (step.mode === 'sequential') takeBackTurn(work, step, task);
  } else if (step.status === 'approved' && task.status === 'approved') {
    cancelledStepIds = undoCompletion(work, step, task);
  } else throw tooLate('step-ended');
  taskOpened(work, reopenTask(work, task, 'open'));
  emit(work, 'task.recalled', {
    taskId: task.id,
    nodeId: task.nodeId,
    stepId: task.stepId,
    undone: task.status,
    cancelledStepIds,
  });
}
