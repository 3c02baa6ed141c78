import type { Kysely } from 'kysely';
import type { SqlDialect } from './database.ts';
import { runtimeError } from '../messages.ts';
import { storageError } from './errors.ts';
import type { PublishedFlow } from './flow-store.ts';
import { instanceViewOf, type InstanceView } from './instance-view.ts';
import type { BatonDatabase, InstanceRow } from './schema.ts';

/** What a command acts on: the flow version and, except for `start`, the instance. */
export type CommandTarget = {
  readonly flow: PublishedFlow;
  readonly instance: { readonly row: InstanceRow; readonly view: InstanceView } | null;
};

export type FlowLoader = (
  trx: Kysely<BatonDatabase>,
  flowKey: string,
  version?: number,
) => Promise<PublishedFlow>;

type LoadOptions = { dialect: SqlDialect; lockRows: boolean; loadFlow: FlowLoader };

/**
 * Loads an instance and the flow version it runs on. On PostgreSQL with `lockRows` the row is
 * locked (`FOR UPDATE`) so that commands on one instance queue instead of failing the version
 * check and retrying; the version check stays the guarantee either way.
 */
export async function loadInstanceTarget(
  trx: Kysely<BatonDatabase>,
  instanceId: string,
  options: LoadOptions,
): Promise<CommandTarget> {
  let query = trx.selectFrom('instances').selectAll().where('id', '=', instanceId);
  if (options.dialect === 'postgres' && options.lockRows) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw storageError('storage.instance-not-found', { instanceId });

  return targetOf(trx, row, options);
}

/** Loads the instance that owns a task, in one query (see `loadInstanceTarget`). */
export async function loadTaskTarget(
  trx: Kysely<BatonDatabase>,
  taskId: string,
  options: LoadOptions,
): Promise<CommandTarget> {
  let query = trx
    .selectFrom('tasks')
    .innerJoin('instances', 'instances.id', 'tasks.instance_id')
    .selectAll('instances')
    .where('tasks.id', '=', taskId);
  if (options.dialect === 'postgres' && options.lockRows) query = query.forUpdate(['instances']);
  const row = await query.executeTakeFirst();
  if (!row) throw runtimeError('task.not-found', { taskId });

  return targetOf(trx, row, options);
}

async function targetOf(
  trx: Kysely<BatonDatabase>,
  row: InstanceRow,
  options: LoadOptions,
): Promise<CommandTarget> {
  const flow = await options.loadFlow(trx, row.flow_key, row.flow_version);

  return { flow, instance: { row, view: instanceViewOf(row) } };
}
