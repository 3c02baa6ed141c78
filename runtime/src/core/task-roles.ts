import type { InstanceState, TaskOrigin, TaskState } from './types.ts';

/**
 * The part a task plays in its step:
 * - `seat`: one of the step's places (from its rules, or a replacement of one after a transfer,
 *   reassignment, escalation or handover); seats count towards the step's `needed`.
 * - `added`: a signer added before, after or alongside someone (加签); the step needs every
 *   added signer's approval on top of its seats', and an added signer's rejection rejects the
 *   step like a veto.
 * - `advice`: a delegate asked for advice (委派); the decision never counts for the step, it
 *   hands the task back to the delegator.
 */
export type TaskRole = 'seat' | 'added' | 'advice';

const REPLACING: ReadonlySet<TaskOrigin['kind']> = new Set([
  'transfer',
  'reassign',
  'escalate',
  'handover',
]);
const ADDED: ReadonlySet<TaskOrigin['kind']> = new Set(['addBefore', 'addAfter', 'addAlongside']);

/**
 * The task a chain of replacements started from (a transferred added signer is still an added
 * signer): `task` itself when it replaced nobody. `tasks` must hold the task's step.
 */
export function rootOf(task: TaskState, tasks: readonly TaskState[]): TaskState {
  let root = task;
  for (let guard = tasks.length; guard > 0 && replaces(root); guard--) {
    const from = tasks.find((candidate) => candidate.id === root.origin?.fromTaskId);
    if (!from) break;
    root = from;
  }

  return root;
}

export function roleOf(task: TaskState, tasks: readonly TaskState[]): TaskRole {
  const kind = rootOf(task, tasks).origin?.kind;
  if (kind === undefined || REPLACING.has(kind)) return 'seat';

  return ADDED.has(kind) ? 'added' : 'advice';
}

/** Whether `task` was created to replace `fromTaskId` (which was then cancelled). */
export function replaces(task: TaskState): boolean {
  return task.origin !== undefined && REPLACING.has(task.origin.kind);
}

/** The task that replaced `task` (a transfer, reassignment, …), if one did. */
export function replacementOf(state: InstanceState, task: TaskState): TaskState | undefined {
  return state.tasks.find(
    (candidate) => replaces(candidate) && candidate.origin?.fromTaskId === task.id,
  );
}

/** Decided by a person (not by a policy or a timeout in their name). */
export function decidedByPerson(task: TaskState): boolean {
  return (task.status === 'approved' || task.status === 'rejected') && task.auto === undefined;
}

/**
 * The seats of a step's tasks: replaced seats left out (their replacement stands for them), so
 * a transferred place is counted once.
 */
export function seatsAmong(tasks: readonly TaskState[]): TaskState[] {
  const replaced = new Set(tasks.filter(replaces).map((task) => task.origin?.fromTaskId));

  return tasks.filter((task) => roleOf(task, tasks) === 'seat' && !replaced.has(task.id));
}
