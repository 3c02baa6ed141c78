import type { Insertable, Kysely } from 'kysely';
import type { Effect, InstanceEvent, InstanceState, TaskState } from '../core/types.ts';
import type { BatonDatabase, EventTable, InstanceRow, JobTable, TaskTable } from './schema.ts';
import { StaleWriteError } from './transaction.ts';

type Trx = Kysely<BatonDatabase>;

/**
 * Rows for the events of one command, numbered from `after + 1`. The primary key
 * `(instance_id, seq)` makes a concurrent append of the same seq fail instead of interleaving.
 */
export function eventRows(options: {
  instanceId: string;
  events: readonly InstanceEvent[];
  after: number;
}): Insertable<EventTable>[] {
  return options.events.map((event, index) => ({
    instance_id: options.instanceId,
    seq: options.after + 1 + index,
    type: event.type,
    actor_id: event.actorId,
    data: JSON.stringify(event.data),
    at: event.at,
  }));
}

/**
 * Rows for the tasks that are new in `next` or whose status (`waiting` → `open` included),
 * decision, assignee or start time changed, to be upserted by id: only the mutable columns of an
 * existing task are overwritten. `waiting` tasks are projected like any other; the inbox lists
 * `open` ones only.
 */
export function taskRows(options: {
  instanceId: string;
  previous: readonly TaskState[];
  next: readonly TaskState[];
}): Insertable<TaskTable>[] {
  const before = new Map(options.previous.map((task) => [task.id, task]));
  const written = options.next.filter((task) => {
    const old = before.get(task.id);

    return !old || taskChanged(old, task);
  });

  return written.map((task) => ({
    id: task.id,
    instance_id: options.instanceId,
    step_id: task.stepId,
    node_id: task.nodeId,
    created_at: task.createdAt,
    ...taskFields(task),
  }));
}

function taskFields(task: TaskState) {
  return {
    assignee_id: task.assigneeId,
    status: task.status,
    decided_at: task.decidedAt ?? null,
    comment: task.comment ?? null,
    on_behalf_of: task.onBehalfOf ?? null,
    origin_kind: task.origin?.kind ?? null,
  };
}

function taskChanged(a: TaskState, b: TaskState): boolean {
  return (
    a.status !== b.status ||
    a.assigneeId !== b.assigneeId ||
    a.decidedAt !== b.decidedAt ||
    a.comment !== b.comment ||
    a.createdAt !== b.createdAt ||
    a.onBehalfOf !== b.onBehalfOf ||
    a.origin?.kind !== b.origin?.kind
  );
}

/**
 * Turns effects into jobs: notifications due now, timers (kind `timer`) due at their `dueAt`.
 * Each job's idempotency key is derived from the instance, the last event seq of the command
 * and the effect's position, so a job is enqueued once and a worker can pass the key on to
 * whatever it calls.
 */
export function jobRows(options: {
  effects: readonly Effect[];
  instanceId: string;
  lastSeq: number;
  at: string;
  newId: (prefix: string) => string;
}): Insertable<JobTable>[] {
  return options.effects.map((effect, index) => ({
    id: options.newId('job'),
    kind: effect.type,
    payload: JSON.stringify(effect),
    run_at: effect.type === 'timer' ? effect.dueAt : options.at,
    status: 'pending',
    attempts: 0,
    lease_owner: null,
    lease_until: null,
    fencing_token: 0,
    idempotency_key: `${effect.type}:${options.instanceId}:${options.lastSeq}:${index}`,
    created_at: options.at,
  }));
}

/** What a command writes to its instance row: the state, its title and the last event seq. */
export type InstanceWrite = { state: InstanceState; title: string; lastSeq?: number | undefined };

export function instanceColumns({ state, title, lastSeq }: InstanceWrite) {
  return {
    status: state.status,
    title,
    state: JSON.stringify(state),
    updated_at: state.updatedAt,
    ended_at: state.endedAt ?? null,
    ...(lastSeq === undefined ? {} : { last_seq: lastSeq }),
  };
}

/** The row of a new instance at version 1. */
export function newInstanceRow(write: InstanceWrite): InstanceRow {
  return {
    id: write.state.id,
    flow_key: write.state.flowKey,
    flow_version: write.state.flowVersion,
    initiator_id: write.state.initiatorId,
    version: 1,
    created_at: write.state.createdAt,
    last_seq: 0,
    ...instanceColumns(write),
  };
}

/** Inserts a new instance row at version 1. */
export async function insertInstance(trx: Trx, write: InstanceWrite): Promise<InstanceRow> {
  const row = newInstanceRow(write);
  await trx.insertInto('instances').values(row).execute();

  return row;
}

/** The row after a command on `previous`: the new columns at the next version. */
export function nextRow(write: InstanceWrite & { previous: InstanceRow }): InstanceRow {
  return { ...write.previous, ...instanceColumns(write), version: write.previous.version + 1 };
}

/**
 * Writes `row` over the stored instance, guarded by `WHERE version = from`: no row changes when
 * another command moved the instance on since it was read at version `from`.
 */
export function instanceUpdate(trx: Trx, update: { row: InstanceRow; from: number }) {
  const { row } = update;

  return trx
    .updateTable('instances')
    .set({
      status: row.status,
      title: row.title,
      state: row.state,
      updated_at: row.updated_at,
      ended_at: row.ended_at,
      last_seq: row.last_seq,
      version: row.version,
    })
    .where('id', '=', row.id)
    .where('version', '=', update.from);
}

/**
 * Writes the instance at `previous.version + 1`, guarded by `WHERE version = previous.version`.
 * Throws `StaleWriteError` when another command got there first (no row changed).
 */
export async function updateInstance(
  trx: Trx,
  write: InstanceWrite & { previous: InstanceRow },
): Promise<InstanceRow> {
  const row = nextRow(write);
  const result = await instanceUpdate(trx, {
    row,
    from: write.previous.version,
  }).executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new StaleWriteError(`instance ${row.id}`);

  return row;
}
