import { FlowBundle } from '@baton/schemas';
import type { Kysely } from 'kysely';
import { storageError } from './errors.ts';
import { parseJsonColumn } from './json-column.ts';
import type { BatonDatabase } from './schema.ts';

export type PublishedFlow = {
  readonly flowKey: string;
  readonly version: number;
  readonly hash: string;
  readonly bundle: FlowBundle;
};

/**
 * A published flow version with its bundle parsed. Without `version`, the latest one; throws
 * `storage.flow-not-published` when there is none.
 */
export async function loadPublishedFlow(
  db: Kysely<BatonDatabase>,
  flowKey: string,
  version?: number,
): Promise<PublishedFlow> {
  let query = db.selectFrom('flow_versions').selectAll().where('flow_key', '=', flowKey);
  query =
    version === undefined
      ? query.orderBy('version', 'desc').limit(1)
      : query.where('version', '=', version);
  const row = await query.executeTakeFirst();
  if (!row) throw storageError('storage.flow-not-published', { flowKey });
  const where = { table: 'flow_versions', id: `${flowKey}@${row.version}` };

  return {
    flowKey,
    version: row.version,
    hash: row.hash,
    bundle: parseJsonColumn(FlowBundle, row.bundle, where),
  };
}

/**
 * Memoizes parsed bundles by `(flowKey, version)`: published versions never change, so a
 * read model listing many requests parses each version once.
 */
export function flowVersionCache(db: Kysely<BatonDatabase>) {
  const cache = new Map<string, Promise<PublishedFlow>>();

  return (flowKey: string, version: number): Promise<PublishedFlow> => {
    const key = `${flowKey}@${version}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = loadPublishedFlow(db, flowKey, version);
      cache.set(key, entry);
    }

    return entry;
  };
}

/** The latest published version number of a flow, or undefined when it has none. */
export async function latestFlowVersion(
  db: Kysely<BatonDatabase>,
  flowKey: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom('flow_versions')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('flow_key', '=', flowKey)
    .executeTakeFirst();

  return row?.version === null || row?.version === undefined ? undefined : Number(row.version);
}
