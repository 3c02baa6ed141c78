import { createHash } from 'node:crypto';
import { canonicalJson } from '@baton/schemas';
import type { Insertable, Kysely } from 'kysely';
import { z } from 'zod';
import { storageError } from './errors.ts';
import { InstanceView } from './instance-view.ts';
import { parseJsonColumn } from './json-column.ts';
import type { BatonDatabase, IdempotencyKeyTable } from './schema.ts';

const StoredResult = z.object({
  command: z.string(),
  fingerprint: z.string().optional(),
  view: InstanceView,
});

export type KeyUse = { key: string; actorId: string; command: string; fingerprint: string };

/**
 * The key and input fingerprint of a command input that carries `idempotencyKey`, or undefined.
 * The fingerprint covers everything but the key and the language of messages, so a replay with
 * other content is refused instead of answered with the first result.
 */
export function idempotencyOf(input: {
  idempotencyKey?: string | undefined;
  locale?: unknown;
}): { key: string; fingerprint: string } | undefined {
  const { idempotencyKey, locale: _locale, ...rest } = input;
  if (idempotencyKey === undefined) return undefined;
  const fingerprint = createHash('sha256').update(canonicalJson(rest)).digest('base64url');

  return { key: idempotencyKey, fingerprint };
}

/** Keys are per actor: the same key from two people names two different commands. */
function rowKey(use: Pick<KeyUse, 'key' | 'actorId'>): string {
  return `${use.actorId.length}:${use.actorId}:${use.key}`;
}

/**
 * The first result stored under the actor's `key`, or undefined when the key is new. The same
 * key for another command or with other input is refused (`storage.idempotency-key-reused`).
 */
export async function findReplay(
  trx: Kysely<BatonDatabase>,
  use: KeyUse,
): Promise<InstanceView | undefined> {
  const row = await trx
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('key', '=', rowKey(use))
    .executeTakeFirst();
  if (!row) return undefined;
  const stored = parseJsonColumn(StoredResult, row.result, {
    table: 'idempotency_keys',
    id: row.key,
  });
  const sameInput = stored.fingerprint === undefined || stored.fingerprint === use.fingerprint;
  if (row.actor_id !== use.actorId || stored.command !== use.command || !sameInput)
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
  const result = JSON.stringify({
    command: use.command,
    fingerprint: use.fingerprint,
    view: use.view,
  });

  return { key: rowKey(use), actor_id: use.actorId, result, created_at: use.at };
}
