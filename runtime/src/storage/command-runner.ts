import { validateFormValues, type FormValues, type Locale } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { decide } from '../core/decide.ts';
import type { OrgDirectory } from '../approvers/org-directory.ts';
import type { CoreContext } from '../core/context.ts';
import type { Command, Decision } from '../core/types.ts';
import type { StorageHandle } from './database.ts';
import { storageError } from './errors.ts';
import type { CommandTarget } from './command-target.ts';
import { findReplay, idempotencyRow, type KeyUse } from './idempotency.ts';
import { instanceTitle, instanceViewOf, type InstanceView } from './instance-view.ts';
import { writeCommand } from './command-writes.ts';
import { carbonCopyRows } from './carbon-copies.ts';
import type { OrgContextCache } from './org-context.ts';
import { eventRows, jobRows, newInstanceRow, nextRow, taskRows } from './projections.ts';
import type { BatonDatabase } from './schema.ts';
import type { StateCache } from './state-cache.ts';
import { retryOnConflict, writeTransaction, type RetryOptions } from './transaction.ts';

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

type Attempt = Access & { attempt: number };

/** One engine command, described for the runner. */
export type CommandSpec = {
  type: Command['type'];
  actorId: string;
  /** The caller's idempotency key and a fingerprint of the input it came with. */
  idempotency?: { key: string; fingerprint: string } | undefined;
  /** Raw form values to validate against the flow's form (start and resubmit). */
  form?: { values: unknown; locale?: Locale | undefined } | undefined;
  load(access: Access): Promise<CommandTarget>;
  /** The core command, given the normalized form values (`{}` without `form`). */
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
 * core and validation errors are thrown as they are. A decision without events (a timer that
 * found its task moved on) writes nothing and returns the request as read.
 */
export function runCommand(ctx: RunnerContext, spec: CommandSpec): Promise<InstanceView> {
  let attempts = 0;
  const run = () => {
    attempts += 1;
    const attempt = attempts;
    if (ctx.dialect === 'postgres' && attempt === 1)
      return ctx.db.connection().execute((db) => runOnce(ctx, spec, { db, lock: false, attempt }));

    const lock = ctx.dialect === 'postgres' && ctx.lockRows;

    return writeTransaction(ctx, (trx) => runOnce(ctx, spec, { db: trx, lock, attempt }));
  };
  const exhausted = (cause: unknown) => storageError('storage.conflict', {}, { cause });

  return retryOnConflict(run, exhausted, ctx.retry);
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
  const outcome = await decideOn(access.db, { ctx, spec, target });
  await ctx.hooks.beforeWrite?.({ type: spec.type, attempt: access.attempt });
  // Nothing happened (a timer that found its task moved on): nothing to write or remember.
  if (target.instance && outcome.decision.events.length === 0) return target.instance.view;

  return persist(access.db, { ctx, target, keyUse, ...outcome });
}

type Outcome = { decision: Decision; at: string; title: string };

/** Validates the form values, reads the org and runs the pure core. Writes nothing. */
async function decideOn(
  trx: Trx,
  options: { ctx: RunnerContext; spec: CommandSpec; target: CommandTarget },
): Promise<Outcome> {
  const { ctx, spec, target } = options;
  const values = spec.form ? checkValues(target, spec.form) : {};
  const at = ctx.now().toISOString();
  const { org, calendar, delegations } = await ctx.orgContext(trx, {
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
  const previous = target.instance?.view.state ?? null;
  const decision = decide(target.flow.bundle, previous, spec.command(values), core);

  return { decision, at, title: titleAfter(spec, target, { decision, org }) };
}

/**
 * The title is made from the form values when they are submitted (start, resubmit); the other
 * commands leave the values, and so the stored title, as they are.
 */
function titleAfter(
  spec: CommandSpec,
  target: CommandTarget,
  after: { decision: Decision; org: OrgDirectory },
): string {
  if (target.instance && !spec.form) return target.instance.row.title;
  const { initiatorId, values } = after.decision.state;
  const initiator = after.org.getUser(initiatorId)?.name ?? initiatorId;

  return instanceTitle(target.flow.bundle, initiator, values);
}

/** Writes the instance (version-checked), its events, tasks, jobs and remembered result. */
async function persist(
  db: Trx,
  options: Outcome & { ctx: RunnerContext; target: CommandTarget; keyUse: KeyUse | undefined },
): Promise<InstanceView> {
  const { decision, target, at, ctx, keyUse } = options;
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
  ctx.states.remember(row);

  return view;
}

function checkValues(
  target: CommandTarget,
  form: { values: unknown; locale?: Locale | undefined },
): FormValues {
  const options = form.locale ? { locale: form.locale } : {};
  const { values, issues } = validateFormValues(target.flow.bundle.form, form.values, options);
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0)
    throw storageError('storage.form-invalid', { count: errors.length }, { issues });

  return values;
}
