import { roleOf } from './task-roles.ts';
import type { InstanceState, StepState, TaskState } from './types.ts';

/** An approval a person gave (or that dedupe gave in their name) in the current round. */
export type Approval = { readonly userId: string; readonly step: StepState };

/**
 * Whose decision a task stands for: the person it was meant for, also when an out-of-office
 * delegate decided it on their behalf (see core/delegation.ts).
 */
function personOf(task: TaskState): string {
  return task.onBehalfOf ?? task.assigneeId;
}

/**
 * A delegate's advice (委派) is not an approval of the step: the delegator still decides. Only
 * tasks with an origin can be advice, so most tasks cost nothing here.
 */
function isAdvice(task: TaskState, tasks: readonly TaskState[]): boolean {
  return task.origin !== undefined && roleOf(task, tasks) === 'advice';
}

/** Approvals that stand for a person's own decision: theirs, or carried over by dedupe. */
function byPerson(task: TaskState, tasks: readonly TaskState[]): boolean {
  const own = task.auto === undefined || task.auto === 'dedupe';

  return task.status === 'approved' && own && !isAdvice(task, tasks);
}

/**
 * Who approved which step in the current round, in the order the steps were entered: the
 * facts dedupe and `distinctApprovers` work from. Each person appears once, at the first step
 * they approved.
 */
export function approvalsThisRound(state: InstanceState): Approval[] {
  const steps = new Map(
    state.steps.filter((step) => step.round === state.round).map((step) => [step.id, step]),
  );
  const seen = new Set<string>();
  const approvals: Approval[] = [];
  for (const task of state.tasks) {
    const step = steps.get(task.stepId);
    if (!step || !byPerson(task, state.tasks) || seen.has(personOf(task))) continue;
    seen.add(personOf(task));
    approvals.push({ userId: personOf(task), step });
  }

  return approvals;
}

/**
 * The approval step of this round that completed last (ties: the later entered), and who
 * approved it: "the step before" for consecutive dedupe.
 */
export function previousApprovals(state: InstanceState): Approval[] {
  const done = state.steps.filter(
    (step) => step.round === state.round && step.status === 'approved',
  );
  const last = done.reduce<StepState | undefined>(
    (latest, step) => (!latest || (step.endedAt ?? '') >= (latest.endedAt ?? '') ? step : latest),
    undefined,
  );
  if (!last) return [];

  return state.tasks
    .filter((task) => task.stepId === last.id && byPerson(task, state.tasks))
    .map((task) => ({ userId: personOf(task), step: last }));
}

/**
 * The distinct people who approved a step of the current round themselves: approvals a policy
 * gave in someone's name (the initiator's part, dedupe, nobody found) are not counted.
 */
export function peopleWhoApproved(state: InstanceState): Set<string> {
  const steps = new Set(
    state.steps.filter((step) => step.round === state.round).map((step) => step.id),
  );
  const people = new Set<string>();
  for (const task of state.tasks) {
    const own = task.auto === undefined && !isAdvice(task, state.tasks);
    if (task.status === 'approved' && own && steps.has(task.stepId)) people.add(personOf(task));
  }

  return people;
}
