import type { FlowBundle } from '@baton/schemas';
import { runtimeError } from '../messages.ts';
import { approve, reject } from './commands/task-decision.ts';
import { initialState, resubmit, start, withdraw } from './commands/lifecycle.ts';
import { jump, reassign, terminate } from './commands/admin.ts';
import { copyPeople, urge } from './commands/copy-urge.ts';
import { delegate, transfer } from './commands/hand-over.ts';
import { recall } from './commands/recall.ts';
import { returnTask } from './commands/return.ts';
import { addSigner, removeSigner } from './commands/signers.ts';
import { fireTimer } from './commands/timer.ts';
import type { CoreContext } from './context.ts';
import { graphOf, kindOf, type FlowGraph } from './graph.ts';
import type { Command, Decision, InstanceState } from './types.ts';
import { createWork, finish, type FreshPicks, type Trace, type Work } from './work.ts';

function run(work: Work, command: Command): void {
  switch (command.type) {
    case 'start':
      return start(work, command);
    case 'approve':
      return approve(work, command);
    case 'reject':
      return reject(work, command);
    case 'resubmit':
      return resubmit(work, command);
    case 'withdraw':
      return withdraw(work, command);
    case 'return':
      return returnTask(work, command);
    case 'recall':
      return recall(work, command);
    case 'transfer':
      return transfer(work, command);
    case 'delegate':
      return delegate(work, command);
    case 'addSigner':
      return addSigner(work, command);
    case 'removeSigner':
      return removeSigner(work, command);
    case 'cc':
      return copyPeople(work, command);
    case 'urge':
      return urge(work, command);
    case 'terminate':
      return terminate(work, command);
    case 'reassign':
      return reassign(work, command);
    case 'jump':
      return jump(work, command);
    case 'timer':
      return fireTimer(work, command);
  }
}

/**
 * A running request must rest on at least one node that waits: an approval with open tasks,
 * or a delay whose token waits for its moment (`until`, woken by a timer).
 */
function assertNotStuck(graph: FlowGraph, state: InstanceState): void {
  if (state.status !== 'running') return;
  if (state.tokens.some((token) => token.until !== undefined)) return;
  const waits = state.tokens.some((token) => kindOf(graph.node(token.nodeId)).capabilities.waits);
  const open = state.tasks.some((task) => task.status === 'open');
  if (!waits || !open) throw runtimeError('flow.stuck', { instanceId: state.id });
}

function stateFor(
  state: InstanceState | null,
  command: Command,
  work: Pick<Work, 'ctx' | 'at'>,
): InstanceState {
  const instanceId = work.ctx.instanceId;
  if (command.type === 'start') {
    if (state) throw runtimeError('instance.already-started', { instanceId });

    return initialState(work, command);
  }
  if (!state) throw runtimeError('instance.not-started', { instanceId });

  return state;
}

/**
 * The picks a command brings: the initiator's by step, or an approver's for the next step (an
 * approval always names its approver as the picker, with or without picks).
 */
function freshPicks(command: Command): FreshPicks {
  if (command.type === 'approve') {
    const picker = command.actorId;

    return command.nextApprovers === undefined
      ? { picker }
      : { picker, next: command.nextApprovers };
  }
  if (command.type === 'start' || command.type === 'resubmit')
    return command.picks === undefined ? {} : { picks: command.picks };

  return {};
}

/**
 * Runs one command against a request: the pure, deterministic heart of the engine. It never
 * changes its inputs, reads the clock once (`ctx.now()`) and draws ids only from `ctx.newId`,
 * so the same inputs always give the same `{ state, events, effects }`. Errors are
 * `BatonError`s of the runtime catalogue (`runtimeMessages`); nothing is half-applied.
 *
 * @example
 * let { state } = decide(bundle, null, { type: 'start', actorId: 'chen.jie', values }, ctx);
 * ({ state } = decide(bundle, state, { type: 'approve', actorId: 'wang.fang', taskId }, ctx));
 */
export function decide(
  bundle: FlowBundle,
  state: InstanceState | null,
  command: Command,
  ctx: CoreContext,
): Decision {
  return decideWith(bundle, state, command, ctx, {});
}

/**
 * @internal `decide` with knobs for the route preview and `nextPick`: `checkRoute: false`
 * skips the checks at submission (so the preview can show the steps up to the one a
 * submission is refused at); `trace` collects what the call noticed (see `Trace`).
 */
export function decideWith(
  bundle: FlowBundle,
  state: InstanceState | null,
  command: Command,
  ctx: CoreContext,
  options: { checkRoute?: boolean; trace?: Trace },
): Decision {
  const graph = graphOf(bundle.flow);
  const at = ctx.now();
  const current = stateFor(state, command, { ctx, at });
  const { actorId } = command;
  const fresh = freshPicks(command);
  const work = createWork({ bundle, graph, ctx, actorId, at, state: current, fresh, ...options });
  run(work, command);
  assertNotStuck(graph, work.state);

  return finish(work);
}
