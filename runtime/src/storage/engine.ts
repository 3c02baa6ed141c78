import type { BusinessCalendar, Locale } from '@baton/schemas';
import type { Kysely } from 'kysely';
import type { StorageHandle } from './database.ts';
import { markCcRead, type CcReadSelection } from './carbon-copies.ts';
import { runCommand, type RunnerContext, type RunnerHooks } from './command-runner.ts';
import {
  loadInstanceTarget,
  loadStartTarget,
  loadTaskTarget,
  type FlowLoader,
} from './command-target.ts';
import type {
  ApproveInput,
  RejectInput,
  ResubmitInput,
  StartInput,
  WithdrawInput,
} from './engine-inputs.ts';
import {
  createDelegation,
  listDelegations,
  revokeDelegation,
  type DelegationRecord,
} from './delegation-store.ts';
import { engineActions, type EngineActions } from './engine-actions.ts';
import type { FormInput } from './form-submission.ts';
import { runDueTimers, type TimerRunOptions } from './engine-timers.ts';
import { loadPublishedFlow, type PublishedFlow } from './flow-store.ts';
import { idempotencyOf } from './idempotency.ts';
import { newSortableId } from './ids.ts';
import type { InstanceView } from './instance-view.ts';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import { orgContextCache } from './org-context.ts';
import { orgRevisionColumn } from './org-revision.ts';
import { createReadModels, type ReadModels } from './read-models.ts';
import type { BatonDatabase } from './schema.ts';
import { loadBusinessCalendar, replaceBusinessCalendar } from './settings-store.ts';
import { stateCache } from './state-cache.ts';
import { writeTransaction, type RetryOptions } from './transaction.ts';

export type EngineOptions = StorageHandle & {
  /** The clock (default: the system clock). Read once per command attempt. */
  now?: (() => Date) | undefined;
  /** Id source, `prefix` names the kind of id (default: time-sortable random ids). */
  newId?: ((prefix: string) => string) | undefined;
  /** Conflict retries (default: 8 attempts, jittered exponential backoff from 8 ms). */
  retry?: RetryOptions | undefined;
  /**
   * PostgreSQL: a command first reads without a transaction and writes in one version-checked
   * statement. When another command changed the request in between, it runs again in a
   * transaction; with `lockRows` (default true) that run locks the instance row
   * (`SELECT … FOR UPDATE`), so commands racing on one request queue instead of colliding
   * again. Either way the version check decides; without the lock, racing commands may retry
   * more than once.
   */
  lockRows?: boolean | undefined;
  /** @internal Test seams (see `RunnerHooks`). */
  hooks?: RunnerHooks | undefined;
};

export type Engine = ReadModels &
  EngineActions &
  EngineSettings & {
    /**
     * The org as stored now, as approver resolution reads it (previews, "what may I pick"). Kept
     * per org revision and shared with the engine's commands, so an unchanged org is not re-read.
     */
    orgDirectory(): Promise<OrgDirectory>;
    start(input: StartInput): Promise<InstanceView>;
    approve(input: ApproveInput): Promise<InstanceView>;
    reject(input: RejectInput): Promise<InstanceView>;
    resubmit(input: ResubmitInput): Promise<InstanceView>;
    withdraw(input: WithdrawInput): Promise<InstanceView>;
    /** Fires due step timers and delays (see engine-timers.ts); returns how many it completed. */
    runDueTimers(options: TimerRunOptions): Promise<number>;
    /** Marks copies of `userId` read (only theirs); returns how many changed. */
    markCcRead(userId: string, which: CcReadSelection): Promise<number>;
  };

/** Out-of-office delegations and the business calendar; each write moves the org revision. */
export type EngineSettings = {
  /**
   * Every delegation, or those `userId` gave or received: current ones first, at most 200 (see
   * `listDelegations`).
   */
  listDelegations(options?: { userId?: string | undefined }): Promise<DelegationRecord[]>;
  /** Checks and stores a delegation (see `createDelegation` for the refusals). */
  createDelegation(input: unknown, byUserId: string): Promise<DelegationRecord>;
  /** Revokes a delegation; with `userId`, only one that `userId` gave (see `revokeDelegation`). */
  revokeDelegation(
    id: string,
    byUserId: string,
    options?: { userId?: string | undefined },
  ): Promise<DelegationRecord>;
  /** The stored calendar, or `DEFAULT_BUSINESS_CALENDAR`. */
  businessCalendar(): Promise<BusinessCalendar>;
  /** Refuses a calendar with errors (`storage.calendar-invalid` with issues in `locale`). */
  replaceBusinessCalendar(
    calendar: unknown,
    byUserId: string,
    options?: { locale?: Locale | undefined },
  ): Promise<BusinessCalendar>;
};

/**
 * The transactional engine: each command runs the pure core on the request it read and writes
 * the outcome all or nothing, guarded by the request's version (one write transaction on
 * SQLite; on PostgreSQL one statement, see `lockRows`), and returns the instance after it.
 * Errors are BatonErrors: the core's refusals as they are (`task.already-decided`, …),
 * `storage.form-invalid` with issues, `storage.conflict` when the instance kept changing under
 * the command, `storage.idempotency-key-reused`.
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
    orgContext: orgContextCache(),
    lockRows: options.lockRows ?? true,
    states: stateCache(),
    hooks: options.hooks ?? {},
  };
  const loadFlow = cachedFlowLoader();
  const deps = { ctx, loadFlow };
  const at = () => ctx.now().toISOString();

  return {
    ...createReadModels(options.db),
    ...engineActions(deps),
    ...engineSettings(ctx),
    runDueTimers: (run) => runDueTimers(deps, run),
    markCcRead: (userId, which) => markCcRead(options.db, { userId, which, at: at() }),
    orgDirectory: async () => {
      const { org_revision: revision } = await options.db
        .selectNoFrom(orgRevisionColumn())
        .executeTakeFirstOrThrow();
      const read = { revision: Number(revision), at: at() };

      return (await ctx.orgContext(options.db, read)).org;
    },
    start: (input) =>
      runCommand(ctx, {
        type: 'start',
        actorId: input.actorId,
        idempotency: idempotencyOf(input),
        form: submission(input),
        load: ({ db }) => loadStartTarget(db, input.flowKey, loadFlow),
        command: (values) => ({
          type: 'start',
          actorId: input.actorId,
          values,
          ...(input.picks === undefined ? {} : { picks: input.picks }),
        }),
      }),
    approve: (input) =>
      runCommand(ctx, {
        type: 'approve',
        actorId: input.actorId,
        idempotency: idempotencyOf(input),
        // Checked even without values: a step that edits a required field must fill it.
        form: {
          write: { kind: 'edit', taskId: input.taskId, patch: input.values ?? {} },
          locale: input.locale,
          canReadAll: input.canReadAll,
        },
        load: ({ db, lock }) =>
          loadTaskTarget(db, input.taskId, { lock, loadFlow, states: ctx.states }),
        command: (values) => ({
          type: 'approve',
          actorId: input.actorId,
          taskId: input.taskId,
          comment: input.comment,
          ...(input.nextApprovers === undefined ? {} : { nextApprovers: input.nextApprovers }),
          ...(input.values === undefined ? {} : { values }),
        }),
      }),
    reject: (input) =>
      runCommand(ctx, {
        type: 'reject',
        actorId: input.actorId,
        idempotency: idempotencyOf(input),
        load: ({ db, lock }) =>
          loadTaskTarget(db, input.taskId, { lock, loadFlow, states: ctx.states }),
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
        idempotency: idempotencyOf(input),
        form: submission(input),
        load: ({ db, lock }) =>
          loadInstanceTarget(db, input.instanceId, { lock, loadFlow, states: ctx.states }),
        command: (values) => ({
          type: 'resubmit',
          actorId: input.actorId,
          values,
          ...(input.picks === undefined ? {} : { picks: input.picks }),
        }),
      }),
    withdraw: (input) =>
      runCommand(ctx, {
        type: 'withdraw',
        actorId: input.actorId,
        idempotency: idempotencyOf(input),
        load: ({ db, lock }) =>
          loadInstanceTarget(db, input.instanceId, { lock, loadFlow, states: ctx.states }),
        command: () => ({ type: 'withdraw', actorId: input.actorId, reason: input.reason }),
      }),
  };
}

/** The whole form as the initiator submits it (start, resubmit). */
function submission(input: StartInput | ResubmitInput): FormInput {
  return {
    write: { kind: 'submit', values: input.values },
    locale: input.locale,
    canReadAll: input.canReadAll,
  };
}

function engineSettings(ctx: RunnerContext): EngineSettings {
  const at = () => ctx.now().toISOString();

  return {
    listDelegations: (options) => listDelegations(ctx.db, { ...options, at: at() }),
    createDelegation: (input, byUserId) =>
      writeTransaction(ctx, (trx) =>
        createDelegation(trx, {
          input,
          byUserId,
          id: ctx.newId('dlg'),
          at: at(),
          lockUser: ctx.dialect === 'postgres',
        }),
      ),
    revokeDelegation: (id, byUserId, options) =>
      writeTransaction(ctx, (trx) =>
        revokeDelegation(trx, { id, byUserId, at: at(), userId: options?.userId }),
      ),
    businessCalendar: () => loadBusinessCalendar(ctx.db),
    replaceBusinessCalendar: (calendar, byUserId, options) =>
      writeTransaction(ctx, (trx) =>
        replaceBusinessCalendar(trx, {
          calendar,
          byUserId,
          at: at(),
          ...(options?.locale === undefined ? {} : { locale: options.locale }),
        }),
      ),
  };
}

/**
 * Published versions are immutable, so their parsed bundles are kept by `(flowKey, version)`.
 * Which version is the latest is read by each `start` (see `loadStartTarget`).
 */
function cachedFlowLoader(): FlowLoader {
  const cache = new Map<string, PublishedFlow>();

  return async (trx: Kysely<BatonDatabase>, flowKey: string, version: number) => {
    const key = `${flowKey}@${version}`;
    const known = cache.get(key);
    if (known) return known;
    const flow = await loadPublishedFlow(trx, flowKey, version);
    cache.set(key, flow);

    return flow;
  };
}
