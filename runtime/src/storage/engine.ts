import type { Kysely } from 'kysely';
import type { StorageHandle } from './database.ts';
import { runCommand, type RunnerContext } from './command-runner.ts';
import { loadInstanceTarget, loadTaskTarget, type FlowLoader } from './command-target.ts';
import type {
  ApproveInput,
  RejectInput,
  ResubmitInput,
  StartInput,
  WithdrawInput,
} from './engine-inputs.ts';
import { storageError } from './errors.ts';
import { latestFlowVersion, loadPublishedFlow, type PublishedFlow } from './flow-store.ts';
import { newSortableId } from './ids.ts';
import type { InstanceView } from './instance-view.ts';
import { createReadModels, type ReadModels } from './read-models.ts';
import type { BatonDatabase } from './schema.ts';
import type { RetryOptions } from './transaction.ts';

export type EngineOptions = StorageHandle & {
  /** The clock (default: the system clock). Read once per command attempt. */
  now?: (() => Date) | undefined;
  /** Id source, `prefix` names the kind of id (default: time-sortable random ids). */
  newId?: ((prefix: string) => string) | undefined;
  /** Conflict retries (default: 8 attempts, jittered exponential backoff from 8 ms). */
  retry?: RetryOptions | undefined;
  /**
   * PostgreSQL: lock the instance row (`SELECT … FOR UPDATE`) when a command reads it, so that
   * concurrent commands on one request wait for each other instead of failing the version check
   * and running again (default true). Either way the version check decides; turning this off
   * only trades waiting for retries (measured: ~95% of racing commands then retry once).
   */
  lockRows?: boolean | undefined;
};

export type Engine = ReadModels & {
  start(input: StartInput): Promise<InstanceView>;
  approve(input: ApproveInput): Promise<InstanceView>;
  reject(input: RejectInput): Promise<InstanceView>;
  resubmit(input: ResubmitInput): Promise<InstanceView>;
  withdraw(input: WithdrawInput): Promise<InstanceView>;
};

/**
 * The transactional engine: each command runs the pure core inside one write transaction and
 * returns the instance after it. Errors are BatonErrors: the core's refusals as they are
 * (`task.already-decided`, …), `storage.form-invalid` with issues, `storage.conflict` when the
 * instance kept changing under the command, `storage.idempotency-key-reused`.
 *
 * @example
 * const engine = createEngine(handle);
 * const request = await engine.start({ flowKey: 'expense', actorId, values });
 * const task = request.state.tasks.find((t) => t.status === 'open');
 */
export function createEngine(options: EngineOptions): Engine {
  const ctx: RunnerContext = {
    db: options.db,
    dialect: options.dialect,
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? newSortableId,
    retry: options.retry ?? {},
  };
  const loadFlow = cachedFlowLoader();
  const load = { dialect: options.dialect, lockRows: options.lockRows ?? true, loadFlow };

  return {
    ...createReadModels(options.db),
    start: (input) =>
      runCommand(ctx, {
        type: 'start',
        actorId: input.actorId,
        idempotencyKey: input.idempotencyKey,
        form: { values: input.values, locale: input.locale },
        load: async (trx) => ({ flow: await loadFlow(trx, input.flowKey), instance: null }),
        command: (values) => ({ type: 'start', actorId: input.actorId, values }),
      }),
    approve: (input) =>
      runCommand(ctx, {
        type: 'approve',
        actorId: input.actorId,
        idempotencyKey: input.idempotencyKey,
        load: (trx) => loadTaskTarget(trx, input.taskId, load),
        command: () => ({
          type: 'approve',
          actorId: input.actorId,
          taskId: input.taskId,
          comment: input.comment,
        }),
      }),
    reject: (input) =>
      runCommand(ctx, {
        type: 'reject',
        actorId: input.actorId,
        idempotencyKey: input.idempotencyKey,
        load: (trx) => loadTaskTarget(trx, input.taskId, load),
        command: () => ({
          type: 'reject',
          actorId: input.actorId,
          taskId: input.taskId,
          comment: input.comment,
          target: input.target,
        }),
      }),
    resubmit: (input) =>
      runCommand(ctx, {
        type: 'resubmit',
        actorId: input.actorId,
        idempotencyKey: input.idempotencyKey,
        form: { values: input.values, locale: input.locale },
        load: (trx) => loadInstanceTarget(trx, input.instanceId, load),
        command: (values) => ({ type: 'resubmit', actorId: input.actorId, values }),
      }),
    withdraw: (input) =>
      runCommand(ctx, {
        type: 'withdraw',
        actorId: input.actorId,
        idempotencyKey: input.idempotencyKey,
        load: (trx) => loadInstanceTarget(trx, input.instanceId, load),
        command: () => ({ type: 'withdraw', actorId: input.actorId, reason: input.reason }),
      }),
  };
}

/**
 * Published versions are immutable, so their parsed bundles are kept by `(flowKey, version)`.
 * "The latest version" is always read from the database (a publish may have happened).
 */
function cachedFlowLoader(): FlowLoader {
  const cache = new Map<string, PublishedFlow>();

  return async (trx: Kysely<BatonDatabase>, flowKey: string, version?: number) => {
    const wanted = version ?? (await latestFlowVersion(trx, flowKey));
    if (wanted === undefined) throw storageError('storage.flow-not-published', { flowKey });
    const key = `${flowKey}@${wanted}`;
    const known = cache.get(key);
    if (known) return known;
    const flow = await loadPublishedFlow(trx, flowKey, wanted);
    cache.set(key, flow);

    return flow;
  };
}
