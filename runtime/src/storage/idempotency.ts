import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import { storageError } from './errors.ts';
import { InstanceView } from './instance-view.ts';
import { parseJsonColumn } from './json-column.ts';
import type { BatonDatabase, IdempotencyKeyTable } from './schema.ts';

const StoredResult = z.object({ command: z.string(), view: InstanceView });

export type KeyUse = { key: string; actorId: string; command: string };

/**
 * The first result stored under `key`, or undefined when the key is new. The same key from
 * another actor or for another command is refused (`storage.idempotency-key-reused`).
 */
export async function findReplay(
  trx: Kysely<BatonDatabase>,
  use: KeyUse,
): Promise<InstanceView | undefined> {
  const row = await trx
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('key', '=', use.key)
    .executeTakeFirst();
  if (!row) return undefined;
  const stored = parseJsonColumn(StoredResult, row.result, {
    table: 'idempotency_keys',
    id: row.key,
  });
  if (row.actor_id !== use.actorId || stored.command !== use.command)
    throw storageError('storage.idempotency-key-reused');

  return stored.view;
}

/**
 * The row that stores the result under `key`, written with the command's other rows. A
 * concurrent command with the same key fails on the primary key and, run again, finds this
 * result.
 */
export function idempotencyRow(
  use: KeyUse & { view: InstanceView; at: string },
): Insertable<IdempotencyKeyTable> {
  const result = JSON.stringify({ command: use.command, view: use.view });

  return { key: use.key, actor_id: use.actorId, result, created_at: use.at };
}
