import type { FlowBundle } from '@baton/schemas';
import { actionableTask } from './actionable.ts';
import { assertResubmittable } from './commands/lifecycle.ts';
import type { CoreContext } from './context.ts';
import { graphOf } from './graph.ts';
import type { InstanceState } from './types.ts';
import { createWork } from './work.ts';

/** Who writes into a request's form: an approver through their task, or the initiator. */
export type FormWriter = { readonly actorId: string; readonly taskId?: string | undefined };

/**
 * The node whose field access governs a write into the form, once the checks of who may act
 * have passed, so that nothing about the form (which field is hidden, what a computed field
 * holds) is told to someone who may not act at all:
 * - through a task: the actor's own open task (the checks and refusals of `actionableTask`:
 *   `task.not-assignee`, `task.already-decided`, …), whose node it is;
 * - otherwise the start node, on a new request or a resubmission (`instance.not-initiator`,
 *   `instance.not-returned`).
 * The command itself runs these checks again; running them first only sets their order.
 */
export function formWriterNode(
  bundle: FlowBundle,
  state: InstanceState | null,
  writer: FormWriter,
  ctx: CoreContext,
): string {
  const graph = graphOf(bundle.flow);
  if (!state) return graph.startNode().id;
  const { actorId, taskId } = writer;
  const work = createWork({ bundle, graph, ctx, actorId, at: ctx.now(), state });
  if (taskId !== undefined) return actionableTask(work, taskId, actorId).nodeId;
  assertResubmittable(work, actorId);

  return graph.startNode().id;
}
