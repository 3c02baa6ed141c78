import { InstanceStatus } from '@baton/runtime';
import { InstanceView, type BatonDatabase } from '@baton/runtime/storage';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';

/**
 * An instance row without its state JSON (nor its stored zh-CN title): what lists select first.
 * `stateBytes` is the size of the stored state, known without reading it, so callers can bound
 * how much state they parse.
 */
export const InstanceHead = InstanceView.omit({ state: true, title: true }).extend({
  stateBytes: z.number().int(),
});
export type InstanceHead = z.infer<typeof InstanceHead>;

/** The instance rows of `db` as heads (filter, order and limit them further). */
export function selectHeads(db: Kysely<BatonDatabase>) {
  return db.selectFrom('instances').select([
    'instances.id',
    'instances.flow_key',
    'instances.flow_version',
    'instances.version',
    'instances.status',
    'instances.initiator_id',
    'instances.created_at',
    'instances.updated_at',
    'instances.ended_at',
    // Both dialects answer this without reading the text itself (cheap for huge states).
    sql<number>`octet_length(instances.state)`.as('state_bytes'),
  ]);
}

type HeadRow = Awaited<ReturnType<ReturnType<typeof selectHeads>['executeTakeFirstOrThrow']>>;

/** The head of a row of `selectHeads`. */
export function headOf(row: HeadRow): InstanceHead {
  return {
    id: row.id,
    flowKey: row.flow_key,
    flowVersion: row.flow_version,
    version: row.version,
    status: InstanceStatus.parse(row.status),
    initiatorId: row.initiator_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    endedAt: row.ended_at,
    stateBytes: Number(row.state_bytes),
  };
}

/** How much stored state one query loads at most. */
export const STATE_CHUNK = { rows: 50, bytes: 8 * 1024 * 1024 } as const;

/**
 * `items` in consecutive chunks whose states, loaded together, stay within `STATE_CHUNK` (a
 * single larger state makes a chunk of its own), so a page of huge requests is never held in
 * memory at once.
 */
function stateChunks<T>(items: readonly T[], headOf: (item: T) => InstanceHead): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = headOf(item).stateBytes;
    const full = current.length >= STATE_CHUNK.rows || bytes + size > STATE_CHUNK.bytes;
    if (full && current.length > 0) {
      chunks.push(current);
      [current, bytes] = [[], 0];
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);

  return chunks;
}

/** A chunk of items and the stored state JSON of their requests, by id. */
export type StateChunk<T> = {
  readonly items: readonly T[];
  readonly states: ReadonlyMap<string, { readonly version: number; readonly state: string }>;
};

/**
 * `items` a chunk at a time with the stored states of their requests (one query per chunk,
 * see `STATE_CHUNK`). Between chunks the event loop runs, so other requests (`/healthz`, an
 * inbox) are served while one request reads many large states.
 */
export async function* withStates<T>(
  db: Kysely<BatonDatabase>,
  items: readonly T[],
  headOf: (item: T) => InstanceHead,
): AsyncGenerator<StateChunk<T>> {
  for (const chunk of stateChunks(items, headOf)) {
    const rows = await db
      .selectFrom('instances')
      .select(['id', 'version', 'state'])
      .where(
        'id',
        'in',
        chunk.map((item) => headOf(item).id),
      )
      .execute();
    yield { items: chunk, states: new Map(rows.map((row) => [row.id, row])) };
    await new Promise((resolve) => setImmediate(resolve));
  }
}
