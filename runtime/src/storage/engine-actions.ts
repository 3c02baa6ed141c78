import type { Command } from '../core/types.ts';
import { runCommand, type RunnerContext } from './command-runner.ts';
import { loadInstanceTarget, loadTaskTarget, type FlowLoader } from './command-target.ts';
import type {
  AddSignerInput,
  CcInput,
  HandInput,
  JumpInput,
  ReassignInput,
  RecallInput,
  RemoveSignerInput,
  ReturnInput,
  TerminateInput,
  UrgeInput,
} from './engine-inputs.ts';
import { idempotencyOf } from './idempotency.ts';
import type { InstanceView } from './instance-view.ts';

/** The runtime actions of issue 4 (see `Engine`). Each runs one core command. */
export type EngineActions = {
  /** Sends the request back to the initiator, the previous step or an earlier one. */
  returnTask(input: ReturnInput): Promise<InstanceView>;
  /** Undoes the actor's own decision while nobody acted after it. */
  recall(input: RecallInput): Promise<InstanceView>;
  /** Hands the task to someone else for good. */
  transfer(input: HandInput): Promise<InstanceView>;
  /** Asks someone to decide first; the task comes back to the actor. */
  delegate(input: HandInput): Promise<InstanceView>;
  /** Adds signers before, after or alongside the actor (加签). */
  addSigner(input: AddSignerInput): Promise<InstanceView>;
  /** Removes an added signer who has not acted. */
  removeSigner(input: RemoveSignerInput): Promise<InstanceView>;
  /** Copies people on the request (ad hoc 抄送). */
  cc(input: CcInput): Promise<InstanceView>;
  /** The initiator reminds the current approvers (催办). */
  urge(input: UrgeInput): Promise<InstanceView>;
  /** Admin: ends the request. The caller checked the actor is an admin. */
  terminate(input: TerminateInput): Promise<InstanceView>;
  /** Admin: gives an open or waiting task to someone else. */
  reassign(input: ReassignInput): Promise<InstanceView>;
  /** Admin: moves the request to another approval step or an end. */
  jump(input: JumpInput): Promise<InstanceView>;
};

type Deps = { ctx: RunnerContext; loadFlow: FlowLoader };
type ByTask = { taskId: string; actorId: string; idempotencyKey?: string | undefined };
type ByInstance = { instanceId: string; actorId: string; idempotencyKey?: string | undefined };

/** `{ key: value }`, or `{}` when the value is undefined (optional properties stay absent). */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  // A computed key types as an index signature; the object has exactly the key K.
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

function onTask(deps: Deps, input: ByTask, command: Command): Promise<InstanceView> {
  const { ctx, loadFlow } = deps;

  return runCommand(ctx, {
    type: command.type,
    actorId: input.actorId,
    idempotency: idempotencyOf(input),
    load: ({ db, lock }) =>
      loadTaskTarget(db, input.taskId, { lock, loadFlow, states: ctx.states }),
    command: () => command,
  });
}

function onInstance(deps: Deps, input: ByInstance, command: Command): Promise<InstanceView> {
  const { ctx, loadFlow } = deps;

  return runCommand(ctx, {
    type: command.type,
    actorId: input.actorId,
    idempotency: idempotencyOf(input),
    load: ({ db, lock }) =>
      loadInstanceTarget(db, input.instanceId, { lock, loadFlow, states: ctx.states }),
    command: () => command,
  });
}

export function engineActions(deps: Deps): EngineActions {
  return {
    returnTask: (input) =>
      onTask(deps, input, {
        type: 'return',
        actorId: input.actorId,
        taskId: input.taskId,
        to: input.to,
        ...opt('nodeId', input.nodeId),
        ...opt('comment', input.comment),
      }),
    recall: (input) =>
      onTask(deps, input, { type: 'recall', actorId: input.actorId, taskId: input.taskId }),
    transfer: (input) => onTask(deps, input, handCommand('transfer', input)),
    delegate: (input) => onTask(deps, input, handCommand('delegate', input)),
    addSigner: (input) =>
      onTask(deps, input, {
        type: 'addSigner',
        actorId: input.actorId,
        taskId: input.taskId,
        userIds: input.userIds,
        position: input.position,
        ...opt('comment', input.comment),
      }),
    removeSigner: (input) =>
      onTask(deps, input, {
        type: 'removeSigner',
        actorId: input.actorId,
        taskId: input.taskId,
        ...opt('comment', input.comment),
        ...opt('asAdmin', input.asAdmin),
      }),
    ...instanceActions(deps),
    reassign: (input) =>
      onTask(deps, input, {
        type: 'reassign',
        actorId: input.actorId,
        taskId: input.taskId,
        toUserId: input.toUserId,
        reason: input.reason,
        ...opt('handover', input.handover),
      }),
  };
}

function handCommand(type: 'transfer' | 'delegate', input: HandInput): Command {
  const { actorId, taskId, toUserId } = input;

  return { type, actorId, taskId, toUserId, ...opt('comment', input.comment) };
}

function instanceActions(deps: Deps): Pick<EngineActions, 'cc' | 'urge' | 'terminate' | 'jump'> {
  return {
    cc: (input) =>
      onInstance(deps, input, {
        type: 'cc',
        actorId: input.actorId,
        userIds: input.userIds,
        ...opt('comment', input.comment),
      }),
    urge: (input) =>
      onInstance(deps, input, {
        type: 'urge',
        actorId: input.actorId,
        ...opt('comment', input.comment),
      }),
    terminate: (input) =>
      onInstance(deps, input, { type: 'terminate', actorId: input.actorId, reason: input.reason }),
    jump: (input) =>
      onInstance(deps, input, {
        type: 'jump',
        actorId: input.actorId,
        nodeId: input.nodeId,
        reason: input.reason,
      }),
  };
}
