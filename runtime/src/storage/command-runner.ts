import { validateFormValues, type FormValues, type Locale } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { decide } from '../core/decide.ts';
import type { CoreContext } from '../core/context.ts';
import type { Command, Decision } from '../core/types.ts';
import type { StorageHandle } from './database.ts';
import { storageError } from './errors.ts';
import type { CommandTarget } from './command-target.ts';
import { findReplay, rememberResult } from './idempotency.ts';
import { instanceTitle, instanceViewOf, type InstanceView } from './instance-view.ts';
import { loadOrgDirectory } from './org-store.ts';
import {
  appendEvents,
  enqueueEffects,
  insertInstance,
  syncTasks,
  updateInstance,
} from './projections.ts';
import type { BatonDatabase } from './schema.ts';
import { retryOnConflict, writeTransaction, type RetryOptions } from './transaction.ts';

type Trx = Kysely<BatonDatabase>;

export type RunnerContext = StorageHandle & {
  now: () => Date;
  newId: (prefix: string) => string;
  retry: RetryOptions;
};

/** One engine command, described for the runner. */
export type CommandSpec = {
  type: Command['type'];
  actorId: string;
  idempotencyKey?: string | undefined;
  /** Raw form values to validate against the flow's form (start and resubmit). */
  form?: { values: unknown; locale?: Locale | undefined } | undefined;
  load(trx: Trx): Promise<CommandTarget>;
  /** The core command, given the normalized form values (`{}` without `form`). */
  command(values: FormValues): Command;
};

/**
 * Runs a command in one write transaction: idempotency check, load, validate, decide, write the
 * instance (version-checked), events, tasks and jobs, remember the result. Conflicts (stale
 * version, duplicate seq, busy file) rerun the whole command; when retries run out the caller
 * gets `storage.conflict`. Refusals of the core and validation errors are thrown as they are.
 */
export function runCommand(ctx: RunnerContext, spec: CommandSpec): Promise<InstanceView> {
  const attempt = () => writeTransaction(ctx, (trx) => runOnce(ctx, spec, trx));
  const exhausted = (cause: unknown) => storageError('storage.conflict', {}, { cause });

  return retryOnConflict(attempt, exhausted, ctx.retry);
}

async function runOnce(ctx: RunnerContext, spec: CommandSpec, trx: Trx): Promise<InstanceView> {
  const keyUse = spec.idempotencyKey
    ? { key: spec.idempotencyKey, actorId: spec.actorId, command: spec.type }
    : undefined;
  const replay = keyUse ? await findReplay(trx, keyUse) : undefined;
  if (replay) return replay;

  const target = await spec.load(trx);
  const outcome = await decideOn(trx, { ctx, spec, target });
  const view = await persist(trx, { ctx, target, ...outcome });
  if (keyUse) await rememberResult(trx, { ...keyUse, view, at: outcome.at });

  return view;
}

type Outcome = { decision: Decision; at: string; title: string };

/** Validates the form values, reads the org and runs the pure core. Writes nothing. */
async function decideOn(
  trx: Trx,
  options: { ctx: RunnerContext; spec: CommandSpec; target: CommandTarget },
): Promise<Outcome> {
  const { ctx, spec, target } = options;
  const values = spec.form ? checkValues(target, spec.form) : {};
  const org = await loadOrgDirectory(trx);
  const at = ctx.now().toISOString();
  const core: CoreContext = {
    now: () => at,
    newId: ctx.newId,
    org,
    instanceId: target.instance?.row.id ?? ctx.newId('ins'),
    flowKey: target.flow.flowKey,
    flowVersion: target.flow.version,
  };
  const previous = target.instance?.view.state ?? null;
  const decision = decide(target.flow.bundle, previous, spec.command(values), core);
  const { initiatorId } = decision.state;
  const initiator = org.getUser(initiatorId)?.name ?? initiatorId;

  return {
    decision,
    at,
    title: instanceTitle(target.flow.bundle, initiator, decision.state.values),
  };
}

/** Writes the instance (version-checked), then its events, tasks and jobs. */
async function persist(
  trx: Trx,
  options: Outcome & { ctx: RunnerContext; target: CommandTarget },
): Promise<InstanceView> {
  const { decision, target, at, ctx } = options;
  const write = { state: decision.state, title: options.title };
  const row = target.instance
    ? await updateInstance(trx, { ...write, previous: target.instance.row })
    : await insertInstance(trx, write);
  const instanceId = row.id;
  // A new instance has no events yet: no need to ask for its last seq.
  const after = target.instance ? undefined : 0;
  const lastSeq = await appendEvents(trx, { instanceId, events: decision.events, after });
  const previous = target.instance?.view.state.tasks ?? [];
  await syncTasks(trx, { instanceId, previous, next: decision.state.tasks });
  await enqueueEffects(trx, {
    effects: decision.effects,
    instanceId,
    lastSeq,
    at,
    newId: ctx.newId,
  });

  return instanceViewOf(row, decision.state);
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
