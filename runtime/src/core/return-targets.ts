import { ApprovalConfig, type FlowBundle } from '@baton/schemas';
import { runtimeError } from '../messages.ts';
import { graphOf, nodeConfig } from './graph.ts';
import { decidedByPerson } from './task-roles.ts';
import type { InstanceState, StepState } from './types.ts';

/**
 * Where an approver may send a request back (see `ApprovalConfig.returnTo`): the initiator,
 * the `previous` approval step (its node id), and every `earlier` one allowed, in trail order.
 */
export type ReturnTargets = {
  readonly initiator: boolean;
  readonly previous: string | null;
  readonly earlier: readonly string[];
};

/**
 * Steps a request may be sent back to: approval steps of the current round that a person
 * approved, outside any parallel branch (`forks` empty: re-entering one branch alone could
 * never reach its join), other than the returning step's node. Each node once, at its latest
 * step, in the order the steps were entered.
 */
function approvedBefore(state: InstanceState, current: StepState): StepState[] {
  const byPerson = new Set(
    state.tasks
      .filter((task) => decidedByPerson(task) && task.status === 'approved')
      .map((t) => t.stepId),
  );
  const latest = new Map<string, StepState>();
  for (const step of state.steps) {
    const eligible =
      step.round === state.round &&
      step.status === 'approved' &&
      (step.forks ?? []).length === 0 &&
      step.nodeId !== current.nodeId &&
      byPerson.has(step.id);
    if (eligible) {
      latest.delete(step.nodeId);
      latest.set(step.nodeId, step);
    }
  }

  return [...latest.values()];
}

/**
 * Where the approver of `taskId` may return its request, as its node allows. Pure: the server
 * calls it for the return dialog, the `return` command to check the choice.
 */
export function returnTargets(
  bundle: FlowBundle,
  state: InstanceState,
  taskId: string,
): ReturnTargets {
  const task = state.tasks.find((candidate) => candidate.id === taskId);
  if (!task) throw runtimeError('task.not-found', { taskId });
  const step = state.steps.find((candidate) => candidate.id === task.stepId);
  if (!step) throw new Error(`task refers to missing step ${task.stepId}`);
  const { returnTo } = nodeConfig(graphOf(bundle.flow).node(task.nodeId), ApprovalConfig);
  const earlier = approvedBefore(state, step).map((before) => before.nodeId);

  return {
    initiator: returnTo.includes('initiator'),
    previous: returnTo.includes('previous') ? (earlier.at(-1) ?? null) : null,
    earlier: returnTo.includes('any') ? earlier : [],
  };
}
