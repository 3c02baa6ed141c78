import { BatonError, type FormValues } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { decide } from '../core/decide.ts';
import { formWriterNode } from '../core/form-writer.ts';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import type { CoreContext } from '../core/context.ts';
import type { Command, Decision } from '../core/types.ts';
import { bindAttachments, type AttachmentBinding } from './attachments.ts';
import type { StorageHandle } from './database.ts';
import { storageError } from './errors.ts';
import type { CommandTarget } from './command-target.ts';
import { prepareForm, type FormInput } from './form-submission.ts';
import { findReplay, idempotencyRow, type KeyUse } from './idempotency.ts';
import { instanceTitle, instanceViewOf, type InstanceView } from './instance-view.ts';
import { writeCommand } from './command-writes.ts';
import { carbonCopyRows } from './carbon-copies.ts';
import type { OrgContextCache } from './org-context.ts';
import { eventRows, jobRows, newInstanceRow, nextRow, taskRows } from './projections.ts';
import { auditedRefusal, recordRefusal } from './refusal-audit.ts';
import type { BatonDatabase } from './schema.ts';
import type { StateCache } from './state-cache.ts';
import {
  retryOnConflict,
  StaleWriteError,
  writeTransaction,
  type RetryOptions,
} from './transaction.ts';

type Trx = Kysely<BatonDatabase>;

export type RunnerContext = StorageHandle & {
  now: () => Date;
  newId: (prefix: string) => string;
  retry: RetryOptions;
  /** The engine's org directory, calendar and delegations, rebuilt when the org revision moves. */
  orgContext: OrgContextCache;
  /** PostgreSQL: lock the instance row when a command runs again after a conflict. */
  lockRows: boolean;
  /**
   * The states this engine wrote. A write remembered before its transaction commits is harmless:
   * a row is taken from the cache only when its version and state text are exactly the ones
   * remembered.
   */
  states: StateCache;
  hooks: RunnerHooks;
};

/**
 * @internal Test seams of the runner. `beforeWrite` runs after the core decided and before
 * anything is written, once per attempt (`attempt` 1, 2, …): a test awaits in it to make two
 * commands read the same version before either writes.
 */
export type RunnerHooks = {
  beforeWrite?: ((info: { type: Command['type']; attempt: number }) => Promise<void>) | undefined;
};

/** How a command attempt reaches the database: a transaction, or (PostgreSQL) the pool. */
export type Access = { db: Trx; lock: boolean };

type Attempt = Access & { attempt: number; inTransaction: boolean };

/** One engine command, described for the runner. */
export type CommandSpec = {
  type: Command['type'];
  actorId: string;
  /** The caller's idempotency key and a fingerprint of the input it came with. */
  idempotency?: { key: string; fingerprint: string } | undefined;
  /** What the command writes into the form (start, resubmit, an approval with edits). */
  form?: FormInput | undefined;
  load(access: Access): Promise<CommandTarget>;
  /** The core command, given the values to store (see form-submission.ts; `{}` without `form`). */
  command(values: FormValues): Command;
};

/**
 * Runs a command: idempotency check, load, validate, decide, then write the instance
 * (version-checked), its events, tasks, jobs, carbon copies and the remembered result, all or
 * nothing.
 *
 * SQLite: each attempt is one write transaction. PostgreSQL: the first attempt reads without a
 * transaction and writes everything in one statement (two round trips in all, on one pooled
 * connection taken once for the attempt, with no transaction held open); when the
 * version check finds that another command got there first, the command runs again in a
 * transaction that locks the instance row (`lockRows`), so commands racing on one request
 * queue instead of colliding again. Conflicts (stale version, duplicate key, busy file) rerun
 * the whole command; when retries run out the caller gets `storage.conflict`. Refusals of the
 * core and validation errors are thrown as they are; those the audit log keeps (a refused
 * field write, a branch no path leaves) are recorded there once the command has given up. A
 * decision without events (a timer that found its task moved on) writes nothing and returns the
 * request as read. A command that binds uploads always runs in a transaction.
 */
export function runCommand(ctx: RunnerContext, spec: CommandSpec): Promise<InstanceView> {
  let attempts = 0;
  const run = () => {
    attempts += 1;
    const attempt = attempts;
    if (ctx.dialect === 'postgres' && attempt === 1) {
      const access = { lock: false, attempt, inTransaction: false };

      return ctx.db.connection().execute((db) => runOnce(ctx, spec, { ...access, db }));
    }
    const lock = ctx.dialect === 'postgres' && ctx.lockRows;
    const access = { lock, attempt, inTransaction: true };

    return writeTransaction(ctx, (trx) => runOnce(ctx, spec, { ...access, db: trx }));
  };
  const exhausted = (cause: unknown) => storageError('storage.conflict', {}, { cause });

  return retryOnConflict(run, exhausted, ctx.retry).catch((error: unknown) =>
    recordRefusal(ctx, { error, actorId: spec.actorId, now: ctx.now() }),
  );
}

/**
 * Thrown by the first, transaction-less attempt on PostgreSQL when the command binds uploads:
 * the files' rows and the request are then written in one transaction by the next attempt.
 */
class TransactionRequired extends StaleWriteError {
  constructor() {
    super('uploads are bound in a transaction');
  }
}

async function runOnce(
  ctx: RunnerContext,
  spec: CommandSpec,
  access: Attempt,
): Promise<InstanceView> {
  const keyUse = spec.idempotency && {
    ...spec.idempotency,
    actorId: spec.actorId,
    command: spec.type,
  };
  const replay = keyUse ? await findReplay(access.db, keyUse) : undefined;
  if (replay) return replay;

  const target = await spec.load(access);
  const outcome = await decideOn(access, { ctx, spec, target });
  if (outcome.bindings.length > 0 && !access.inTransaction) throw new TransactionRequired();
  await ctx.hooks.beforeWrite?.({ type: spec.type, attempt: access.attempt });
  // Nothing happened (a timer that found its task moved on): nothing to write or remember.
  if (target.instance && outcome.decision.events.length === 0) return target.instance.view;

  return persist(access.db, { ctx, target, keyUse, ...outcome });
}

type Outcome = {
  decision: Decision;
  at: string;
  title: string;
  bindings: readonly AttachmentBinding[];
};

/** Reads the org, checks the form values and runs the pure core. Writes nothing. */
async function decideOn(
  access: Access,
  options: { ctx: RunnerContext; spec: CommandSpec; target: CommandTarget },
): Promise<Outcome> {
  const { ctx, spec, target } = options;
  const at = ctx.now().toISOString();
  const { org, calendar, delegations } = await ctx.orgContext(access.db, {
    revision: target.orgRevision,
    at,
  });
  const core: CoreContext = {
    now: () => at,
    newId: ctx.newId,
    org,
    calendar,
    delegations,
    instanceId: target.instance?.row.id ?? ctx.newId('ins'),
    flowKey: target.flow.flowKey,
    flowVersion: target.flow.version,
  };
  const form = spec.form
    ? await prepareForm(access.db, {
        target,
        actorId: spec.actorId,
        input: spec.form,
        nodeId: writerNode(target, spec, core),
        at,
        calendar,
        lock: access.lock,
      })
    : undefined;
  const decision = decideAudited(target, spec.command(form?.values ?? {}), core);
  const title = titleAfter(target, { decision, org });

  return { decision, at, title, bindings: form?.bindings ?? [] };
}

/**
 * The node whose field access governs the command's form write, after the checks of who may
 * act (see `formWriterNode`): a stranger's probe is refused before any form check, unaudited.
 */
function writerNode(target: CommandTarget, spec: CommandSpec, core: CoreContext): string {
  const write = spec.form?.write;
  const taskId = write?.kind === 'edit' ? write.taskId : undefined;
  const state = target.instance?.view.state ?? null;

  return formWriterNode(target.flow.bundle, state, { actorId: spec.actorId, taskId }, core);
}

/**
 * The core's decision. A branch that no path leaves (no condition holds and no default: an
 * older version, a checker bypassed) refuses the command, naming the branch and the empty
 * fields its conditions read; the audit log keeps it so that admins see it too.
 */
function decideAudited(target: CommandTarget, command: Command, core: CoreContext): Decision {
  const previous = target.instance?.view.state ?? null;
  try {
    return decide(target.flow.bundle, previous, command, core);
  } catch (error) {
    if (!(error instanceof BatonError) || error.code !== 'flow.no-branch-matched') throw error;
    const { flowKey, version: flowVersion } = target.flow;
    const { nodeId, fields = '' } = error.params;
    const emptyFields = String(fields).split(',').filter(Boolean);
    const detail = { flowKey, flowVersion, command: command.type, nodeId, emptyFields };
    throw auditedRefusal(error, {
      action: 'flow.no-branch-matched',
      instanceId: target.instance?.row.id ?? null,
      detail,
    });
  }
}

/**
 * The title is made from the form values when a command sets them (start, resubmit, an
 * approval with edits); the other commands leave the values, and so the stored title, as
 * they are.
 */
function titleAfter(target: CommandTarget, after: { decision: Decision; org: OrgDirectory }) {
  const { instance } = target;
  if (instance && after.decision.state.values === instance.view.state.values)
    return instance.row.title;
  const { initiatorId, values } = after.decision.state;
  const initiator = after.org.getUser(initiatorId)?.name ?? initiatorId;

  return instanceTitle(target.flow.bundle, initiator, values);
}

/** Writes the instance (version-checked), its events, tasks, jobs and remembered result. */
async function persist(
  db: Trx,
  options: Outcome & { ctx: RunnerContext; target: CommandTarget; keyUse: KeyUse | undefined },
): Promise<InstanceView> {
  const { decision, target, at, ctx, keyUse, bindings } = options;
  const { state } = decision;
  const instanceId = state.id;
  const before = target.instance?.row.last_seq ?? 0;
  const events = eventRows({ instanceId, events: decision.events, after: before });
  const lastSeq = before + events.length;
  const write = { state, title: options.title, lastSeq };
  const previous = target.instance?.row;
  const row = previous ? nextRow({ ...write, previous }) : newInstanceRow(write);
  const instance = previous ? { update: row, from: previous.version } : { insert: row };
  const view = instanceViewOf(row, state);
  const previousTasks = target.instance?.view.state.tasks ?? [];
  await writeCommand(db, ctx.dialect, {
    instance,
    events,
    tasks: taskRows({ instanceId, previous: previousTasks, next: state.tasks }),
    jobs: jobRows({ effects: decision.effects, instanceId, lastSeq, at, newId: ctx.newId }),
    carbonCopies: carbonCopyRows({ instanceId, events: decision.events, newId: ctx.newId }),
    idempotency: keyUse && idempotencyRow({ ...keyUse, view, at }),
  });
  if (bindings.length > 0) await bindAttachments(db, { instanceId, bindings });
  ctx.states.remember(row);

  return view;
}
