import { cancelTasks, isPending } from '../step-close.ts';
import { tasksOf } from '../steps.ts';
import { decidedByPerson, replacementOf, roleOf } from '../task-roles.ts';
import type { StepState, TaskState } from '../types.ts';
import { opened } from '../extra-tasks.ts';
import { emit, notify, unpark, type Work } from '../work.ts';
import { reopenTask, tooLate } from './recall-why.ts';

/**
 * Whether a person acted on the task: decided it, or created it by transferring, delegating
 * or adding a signer (an escalation by a timeout is nobody's act).
 */
function actedOn(task: TaskState): boolean {
  return decidedByPerson(task) || (task.origin !== undefined && task.origin.byUserId !== null);
}

/**
 * The steps entered since `step` completed: those whose `after` leads back to it, through
 * steps that completed without a person (a policy approved them). Refused (`next-acted`) when
 * a person acted on any of them (a decision, a transfer, a delegation, an added signer).
 * Returns them and the ids of the steps the chain runs through.
 */
function followers(work: Work, step: StepState): { chain: StepState[]; links: Set<string> } {
  const links = new Set([step.id]);
  const chain: StepState[] = [];
  for (const candidate of work.state.steps) {
    if (candidate.after === undefined || !links.has(candidate.after)) continue;
    if (candidate.status === 'cancelled') continue;
    if (tasksOf(work, candidate).some(actedOn)) throw tooLate('next-acted');
    chain.push(candidate);
    if (candidate.status === 'approved') links.add(candidate.id);
  }

  return { chain, links };
}

/**
 * Each link of the chain must still be carried by a step or a parked token; one merged by a
 * join carries nothing on, and the request has moved past the join (`merged`).
 */
function requireCarried(work: Work, chain: readonly StepState[], links: ReadonlySet<string>) {
  for (const link of links) {
    const carried =
      chain.some((step) => step.after === link) ||
      work.state.tokens.some((token) => token.after === link);
    if (!carried) throw tooLate('merged');
  }
}

/**
 * Tasks cancelled because the step completed (`decided-by-another`): cancelled at that very
 * moment, not handed to someone else, not an added signer (a step completes only once they
 * all approved), their assignee still enabled. A sequential step cancels nobody that way.
 */
function cancelledByCompletion(work: Work, step: StepState): TaskState[] {
  if (step.mode === 'sequential') return [];

  return tasksOf(work, step).filter(
    (task) =>
      task.status === 'cancelled' &&
      task.decidedAt === step.endedAt &&
      roleOf(task, work.state.tasks) !== 'added' &&
      replacementOf(work.state, task) === undefined &&
      work.ctx.org.getUser(task.assigneeId)?.disabled === false,
  );
}

/**
 * Undoes the completion of `step` by the recaller's approval: the steps entered since are
 * cancelled (`recalled`) with their tokens, the step is active again with its token parked,
 * and the tasks its completion cancelled are open (or waiting) again (`task.reopened`).
 * Returns the cancelled steps' ids.
 */
export function undoCompletion(work: Work, step: StepState, task: TaskState): string[] {
  const { chain, links } = followers(work, step);
  requireCarried(work, chain, links);
  const { state } = work;
  const active = chain.filter((follower) => follower.status === 'active');
  const pending = active.flatMap((follower) => tasksOf(work, follower).filter(isPending));
  cancelTasks(work, pending, 'recalled');
  notify(work, 'task-removed', [...new Set(pending.map((other) => other.assigneeId))]);
  for (const follower of active) {
    unpark(work, follower.tokenId);
    const index = state.steps.indexOf(follower);
    state.steps[index] = { ...follower, status: 'cancelled', endedAt: work.at };
  }
  for (const token of state.tokens.filter((parked) => parked.after !== undefined)) {
    if (links.has(token.after ?? '')) unpark(work, token.id);
  }
  for (const other of cancelledByCompletion(work, step)) {
    if (other.id === task.id) continue;
    const reopened = reopenTask(work, other, other.blockedBy?.length ? 'waiting' : 'open');
    const { id: taskId, nodeId, stepId, assigneeId, status } = reopened;
    emit(work, 'task.reopened', { taskId, nodeId, stepId, assigneeId, status, reason: 'recalled' });
    if (status === 'open') opened(work, reopened);
  }
  const { endedAt: _ended, ...reopened } = step;
  state.steps[state.steps.indexOf(step)] = { ...reopened, status: 'active' };
  state.tokens.push({ id: step.tokenId, nodeId: step.nodeId, forks: step.forks ?? [] });

  return active.map((follower) => follower.id);
}
