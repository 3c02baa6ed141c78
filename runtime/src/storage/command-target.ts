import type { Kysely } from 'kysely';
import { runtimeError } from '../messages.ts';
import { reuseCompiled } from './compiled-cache.ts';
import { storageError } from './errors.ts';
import type { PublishedFlow } from './flow-store.ts';
import { instanceViewOf, type InstanceView } from './instance-view.ts';
import { orgRevisionColumn } from './org-revision.ts';
import { PREPARED } from './prepared-statements.ts';
import type { BatonDatabase, InstanceRow } from './schema.ts';
import type { StateCache } from './state-cache.ts';

/**
 * What a command acts on: the flow version, the instance (except for `start`), and the org
 * revision read in the same query, which tells whether a cached org directory still holds.
 */
export type CommandTarget = {
  readonly flow: PublishedFlow;
  readonly instance: { readonly row: InstanceRow; readonly view: InstanceView } | null;
  readonly orgRevision: number;
};

/** A published flow version by number; parsed bundles are cached (versions never change). */
export type FlowLoader = (
  trx: Kysely<BatonDatabase>,
  flowKey: string,
  version: number,
) => Promise<PublishedFlow>;

/**
 * Every column of `instances`, named: the target queries run as prepared statements on
 * PostgreSQL, whose result must not change when a migration adds a column.
 */
const INSTANCE_COLUMNS = [
  'instances.id',
  'instances.flow_key',
  'instances.flow_version',
  'instances.status',
  'instances.initiator_id',
  'instances.title',
  'instances.state',
  'instances.version',
  'instances.created_at',
  'instances.updated_at',
  'instances.ended_at',
  'instances.last_seq',
] as const;

/**
 * `lock`: read the instance with `FOR UPDATE` (PostgreSQL, inside a transaction only).
 * `states`: the states this engine wrote, so that reading them back skips validation.
 */
type LoadOptions = { lock: boolean; loadFlow: FlowLoader; states?: StateCache | undefined };

/**
 * The target of `start`: the flow's latest published version (a publish may have happened since
 * the last command, so it is always read) and the org revision, in one query.
 */
export async function loadStartTarget(
  trx: Kysely<BatonDatabase>,
  flowKey: string,
  loadFlow: FlowLoader,
): Promise<CommandTarget> {
  const found = await trx
    .selectFrom('flow_versions')
    .select((eb) => [eb.fn.max('version').as('version'), orgRevisionColumn()])
    .where('flow_key', '=', flowKey)
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  if (found.version === null) throw storageError('storage.flow-not-published', { flowKey });
  const flow = await loadFlow(trx, flowKey, Number(found.version));

  return { flow, instance: null, orgRevision: Number(found.org_revision) };
}

/**
 * Loads an instance and the flow version it runs on. With `lock` the row is locked
 * (`FOR UPDATE`) so that commands on one instance queue instead of failing the version check
 * and retrying; the version check stays the guarantee either way.
 */
export async function loadInstanceTarget(
  trx: Kysely<BatonDatabase>,
  instanceId: string,
  options: LoadOptions,
): Promise<CommandTarget> {
  const query = reuseCompiled(trx, {
    shape: `instance-target:${options.lock}`,
    parameters: [instanceId],
    build: () => {
      const select = trx
        .selectFrom('instances')
        .select(INSTANCE_COLUMNS)
        .select(orgRevisionColumn())
        .where('id', '=', instanceId);

      return (options.lock ? select.forUpdate() : select).modifyEnd(PREPARED);
    },
  });
  const [found] = (await trx.executeQuery(query)).rows;
  if (!found) throw storageError('storage.instance-not-found', { instanceId });

  return targetOf(trx, found, options);
}

/** Loads the instance that owns a task, in one query (see `loadInstanceTarget`). */
export async function loadTaskTarget(
  trx: Kysely<BatonDatabase>,
  taskId: string,
  options: LoadOptions,
): Promise<CommandTarget> {
  const query = reuseCompiled(trx, {
    shape: `task-target:${options.lock}`,
    parameters: [taskId],
    build: () => {
      const select = trx
        .selectFrom('tasks')
        .innerJoin('instances', 'instances.id', 'tasks.instance_id')
        .select(INSTANCE_COLUMNS)
        .select(orgRevisionColumn())
        .where('tasks.id', '=', taskId);

      return (options.lock ? select.forUpdate(['instances']) : select).modifyEnd(PREPARED);
    },
  });
  const [found] = (await trx.executeQuery(query)).rows;
  if (!found) throw runtimeError('task.not-found', { taskId });

  return targetOf(trx, found, options);
}

async function targetOf(
  trx: Kysely<BatonDatabase>,
  found: InstanceRow & { org_revision: number },
  options: LoadOptions,
): Promise<CommandTarget> {
  const { org_revision: orgRevision, ...row } = found;
  const flow = await options.loadFlow(trx, row.flow_key, row.flow_version);

  const view = instanceViewOf(row, options.states?.get(row));

  return { flow, instance: { row, view }, orgRevision: Number(orgRevision) };
}
