import type { Kysely } from 'kysely';
import type { Effect, InstanceEvent, InstanceState, TaskState } from '../core/types.ts';
import type { BatonDatabase, InstanceRow } from './schema.ts';
import { StaleWriteError } from './transaction.ts';

type Trx = Kysely<BatonDatabase>;

/**
 * Appends events after the instance's last `seq` (read from the table unless `after` gives it),
 * numbered from last+1. The primary key `(instance_id, seq)` makes a concurrent append of the
 * same seq fail instead of interleaving. Returns the last seq written (or the previous last).
 */
export async function appendEvents(
  trx: Trx,
  options: { instanceId: string; events: readonly InstanceEvent[]; after?: number | undefined },
): Promise<number> {
  const { instanceId, events } = options;
  const last = options.after ?? (await lastSeq(trx, instanceId));
  const rows = events.map((event, index) => ({
    instance_id: instanceId,
    seq: last + 1 + index,
    type: event.type,
    actor_id: event.actorId,
    data: JSON.stringify(event.data),
    at: event.at,
  }));
  if (rows.length > 0) await trx.insertInto('events').values(rows).execute();

  return last + rows.length;
}

async function lastSeq(trx: Trx, instanceId: string): Promise<number> {
  const row = await trx
    .selectFrom('events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('instance_id', '=', instanceId)
    .executeTakeFirst();

  return Number(row?.seq ?? 0);
}

/** Inserts tasks that are new in `next` and updates those whose decision or assignee changed. */
export async function syncTasks(
  trx: Trx,
  options: { instanceId: string; previous: readonly TaskState[]; next: readonly TaskState[] },
): Promise<void> {
  const before = new Map(options.previous.map((task) => [task.id, task]));
  const added = options.next.filter((task) => !before.has(task.id));
  if (added.length > 0) {
    const rows = added.map((task) => ({
      id: task.id,
      instance_id: options.instanceId,
      step_id: task.stepId,
      node_id: task.nodeId,
      created_at: task.createdAt,
      ...taskFields(task),
    }));
    await trx.insertInto('tasks').values(rows).execute();
  }
  for (const task of options.next) {
    const old = before.get(task.id);
    if (old && taskChanged(old, task))
      await trx.updateTable('tasks').set(taskFields(task)).where('id', '=', task.id).execute();
  }
}

function taskFields(task: TaskState) {
  return {
    assignee_id: task.assigneeId,
    status: task.status,
    decided_at: task.decidedAt ?? null,
    comment: task.comment ?? null,
  };
}

function taskChanged(a: TaskState, b: TaskState): boolean {
  return (
    a.status !== b.status ||
    a.assigneeId !== b.assigneeId ||
    a.decidedAt !== b.decidedAt ||
    a.comment !== b.comment
  );
}

type InstanceWrite = { state: InstanceState; title: string };

function instanceColumns({ state, title }: InstanceWrite) {
  return {
    status: state.status,
    title,
    state: JSON.stringify(state),
    updated_at: state.updatedAt,
    ended_at: state.endedAt ?? null,
  };
}

/** Inserts a new instance row at version 1. */
export async function insertInstance(trx: Trx, write: InstanceWrite): Promise<InstanceRow> {
  const row = {
    id: write.state.id,
    flow_key: write.state.flowKey,
    flow_version: write.state.flowVersion,
    initiator_id: write.state.initiatorId,
    version: 1,
    created_at: write.state.createdAt,
    ...instanceColumns(write),
  };
  await trx.insertInto('instances').values(row).execute();

  return row;
}

/**
 * Writes the instance at `previous.version + 1`, guarded by `WHERE version = previous.version`.
 * Throws `StaleWriteError` when another command got there first (no row changed).
 */
export async function updateInstance(
  trx: Trx,
  write: InstanceWrite & { previous: InstanceRow },
): Promise<InstanceRow> {
  const columns = { ...instanceColumns(write), version: write.previous.version + 1 };
  const result = await trx
    .updateTable('instances')
    .set(columns)
    .where('id', '=', write.previous.id)
    .where('version', '=', write.previous.version)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new StaleWriteError(`instance ${write.previous.id}`);

  return { ...write.previous, ...columns };
}

/**
 * Turns effects into jobs due now. Each job's idempotency key is derived from the instance, the
 * last event seq of the command and the effect's position, so a job is enqueued once and a
 * worker can pass the key on to whatever it calls.
 */
export async function enqueueEffects(
  trx: Trx,
  options: {
    effects: readonly Effect[];
    instanceId: string;
    lastSeq: number;
    at: string;
    newId: (prefix: string) => string;
  },
): Promise<void> {
  const rows = options.effects.map((effect, index) => ({
    id: options.newId('job'),
    kind: effect.type,
    payload: JSON.stringify(effect),
    run_at: options.at,
    status: 'pending',
    attempts: 0,
    lease_owner: null,
    lease_until: null,
    fencing_token: 0,
    idempotency_key: `${effect.type}:${options.instanceId}:${options.lastSeq}:${index}`,
    created_at: options.at,
  }));
  if (rows.length > 0) await trx.insertInto('jobs').values(rows).execute();
}
