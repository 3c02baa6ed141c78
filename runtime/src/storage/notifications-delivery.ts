import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import { Effect } from '../core/types.ts';
import { storageError } from './errors.ts';
import { newSortableId } from './ids.ts';
import type { BatonDatabase, NotificationTable } from './schema.ts';

type Db = Kysely<BatonDatabase>;

// Typed by position: if the union's order changes, `.shape.kind` stops compiling here.
const NotifyEffect = Effect.options[0];

/** What a notification is about: the `kind` of the notify effect that caused it. */
export const NotificationKind = NotifyEffect.shape.kind;
export type NotificationKind = z.infer<typeof NotificationKind>;

/** The part of a claimed `notify` job that delivery reads. */
export type NotifyJob = {
  readonly id: string;
  readonly payload: Record<string, unknown>;
  readonly idempotencyKey: string | null;
};

/** `notify:<instanceId>:<seq of the command's last event>:<effect index>` (see `jobRows`). */
const NOTIFY_KEY = /^notify:.+:(\d+):\d+$/;

/**
 * Writes one in-app notification per person the `notify` job names, inside the caller's
 * transaction (the one that completes the job). A person named twice, or a job delivered again
 * after a lost lease, gets one row: `(job_id, user_id)` is unique and duplicates are skipped.
 * People who no longer exist are skipped too, so such a job cannot fail forever. The row takes
 * its actor and time from the command that enqueued the job (its last event); a job whose key
 * does not name the event gets no actor and the delivery time. Returns how many rows were new.
 */
export async function deliverNotification(
  trx: Db,
  job: NotifyJob,
  deliveredAt: string,
): Promise<number> {
  const parsed = NotifyEffect.safeParse(job.payload);
  if (!parsed.success)
    throw storageError(
      'storage.corrupt-row',
      { table: 'jobs', id: job.id },
      { cause: parsed.error },
    );
  const effect = parsed.data;
  const userIds = await knownUsers(trx, effect.userIds);
  if (userIds.length === 0) return 0;
  const cause = await causingEvent(trx, effect.instanceId, job.idempotencyKey);
  const rows = userIds.map((userId): Insertable<NotificationTable> => ({
    id: newSortableId('ntf'),
    user_id: userId,
    kind: effect.kind,
    instance_id: effect.instanceId,
    task_id: effect.taskId ?? null,
    actor_id: cause?.actor_id ?? null,
    job_id: job.id,
    created_at: cause?.at ?? deliveredAt,
    read_at: null,
  }));
  const result = await trx
    .insertInto('notifications')
    .values(rows)
    .onConflict((oc) => oc.columns(['job_id', 'user_id']).doNothing())
    .executeTakeFirst();

  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

async function knownUsers(trx: Db, userIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return [];
  const rows = await trx.selectFrom('users').select('id').where('id', 'in', unique).execute();
  const known = new Set(rows.map((row) => row.id));

  return unique.filter((id) => known.has(id));
}

async function causingEvent(trx: Db, instanceId: string, key: string | null) {
  const seq = key === null ? undefined : NOTIFY_KEY.exec(key)?.[1];
  if (seq === undefined) return undefined;

  return trx
    .selectFrom('events')
    .select(['actor_id', 'at'])
    .where('instance_id', '=', instanceId)
    .where('seq', '=', Number(seq))
    .executeTakeFirst();
}
