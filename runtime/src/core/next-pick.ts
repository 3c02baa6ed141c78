import { BatonError, type FlowBundle, type I18nText } from '@baton/schemas';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import type { CoreContext } from './context.ts';
import { decideWith } from './decide.ts';
import { graphOf } from './graph.ts';
import type { Command, InstanceState } from './types.ts';
import type { Trace } from './work.ts';

/** What the approver of a task must pick when approving: the next step's approvers. */
export type NextPick = {
  readonly nodeId: string;
  readonly name: I18nText;
  readonly multiple: boolean;
  readonly candidateIds: readonly string[];
};

/** @internal A context that replays a state without a real clock or id source. */
export function probeContext(state: InstanceState, org: OrgDirectory): CoreContext {
  let counter = 0;

  return {
    now: () => state.updatedAt,
    newId: (prefix) => `probe-${prefix}-${++counter}`,
    org,
    instanceId: state.id,
    flowKey: state.flowKey,
    flowVersion: state.flowVersion,
  };
}

/**
 * What the assignee of `taskId` must pick when approving it: when their approval would complete
 * the step and move the request into a step whose approvers the previous approver picks
 * (`approverPicks`), that step and who may be picked; `null` when nothing is to be picked (or
 * the task cannot be approved now). Pure: it tries the approval on a copy and changes nothing.
 */
export function nextPick(
  bundle: FlowBundle,
  state: InstanceState,
  taskId: string,
  ctx: { readonly org: OrgDirectory },
): NextPick | null {
  const task = state.tasks.find((candidate) => candidate.id === taskId);
  if (!task || task.status !== 'open' || state.status !== 'running') return null;
  const trace: Trace = {};
  // A comment, so that a step requiring one does not hide the pick behind that error.
  const command: Command = { type: 'approve', actorId: task.assigneeId, taskId, comment: '-' };
  try {
    decideWith(bundle, state, command, probeContext(state, ctx.org), { trace });

    return null;
  } catch (error) {
    if (!(error instanceof BatonError)) throw error;
    const needed = trace.pickNeeded;
    if (error.code !== 'approval.pick-required' || needed?.need.by !== 'approver') return null;
    const node = graphOf(bundle.flow).node(needed.nodeId);
    const { multiple, candidateIds } = needed.need;

    return { nodeId: node.id, name: node.name, multiple, candidateIds };
  }
}
