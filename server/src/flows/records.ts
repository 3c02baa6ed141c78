import { FlowBundle, I18nText } from '@baton/schemas';
import { parseJsonColumn, type BatonDatabase, type FlowRow } from '@baton/runtime/storage';
import type { Kysely } from 'kysely';
import { fail } from '../messages.ts';

/** A flow row with its JSON columns parsed. */
export type FlowRecord = {
  readonly key: string;
  readonly name: I18nText;
  readonly draft: FlowBundle;
  readonly draftRevision: number;
  readonly latestVersion: number;
  readonly updatedAt: string;
};

export function flowRecordOf(row: FlowRow): FlowRecord {
  const where = { table: 'flows', id: row.key };

  return {
    key: row.key,
    name: parseJsonColumn(I18nText, row.name, where),
    draft: parseJsonColumn(FlowBundle, row.draft, where),
    draftRevision: Number(row.draft_revision),
    latestVersion: Number(row.latest_version),
    updatedAt: row.updated_at,
  };
}

/** The flow with this key; `flow.not-found` when there is none. */
export async function requireFlow(db: Kysely<BatonDatabase>, key: string): Promise<FlowRecord> {
  const row = await db.selectFrom('flows').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) throw fail('flow.not-found', { key });

  return flowRecordOf(row);
}

/** A published version with its bundle parsed; `flow.version-not-found` when there is none. */
export async function requireVersion(db: Kysely<BatonDatabase>, key: string, version: number) {
  const row = await db
    .selectFrom('flow_versions')
    .selectAll()
    .where('flow_key', '=', key)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) throw fail('flow.version-not-found', { key, version });
  const bundle = parseJsonColumn(FlowBundle, row.bundle, {
    table: 'flow_versions',
    id: `${key}@${version}`,
  });

  return { version: Number(row.version), hash: row.hash, bundle };
}
