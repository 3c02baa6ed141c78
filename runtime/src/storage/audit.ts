import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newSortableId } from './ids.ts';
import { parseJsonColumn } from './json-column.ts';
import type { BatonDatabase } from './schema.ts';

type Db = Kysely<BatonDatabase>;

/** One line of the audit log. `detail` never holds form values. */
export type AuditEntry = {
  readonly id: string;
  readonly at: string;
  readonly actorId: string;
  /** A stable code, e.g. `form.write-refused`. */
  readonly action: string;
  readonly instanceId: string | null;
  readonly detail: Record<string, unknown>;
};

export type AuditInput = {
  actorId: string;
  action: string;
  instanceId?: string | null | undefined;
  detail: Record<string, unknown>;
  now: Date;
};

export type AuditListOptions = {
  instanceId?: string | undefined;
  actorId?: string | undefined;
  /** Default 50, at most 200. */
  limit?: number | undefined;
};

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;
const Detail = z.record(z.string(), z.unknown());

/** Appends a line; ids sort by time, so the newest line is listed first. */
export async function writeAudit(db: Db, entry: AuditInput): Promise<AuditEntry> {
  const line = {
    id: newSortableId('aud'),
    at: entry.now.toISOString(),
    actor_id: entry.actorId,
    action: entry.action,
    instance_id: entry.instanceId ?? null,
    detail: JSON.stringify(entry.detail),
  };
  await db.insertInto('audit_log').values(line).execute();

  return {
    id: line.id,
    at: line.at,
    actorId: line.actor_id,
    action: line.action,
    instanceId: line.instance_id,
    detail: entry.detail,
  };
}

/** Lines newest first, of one request and/or one actor when given. */
export async function listAudit(db: Db, options: AuditListOptions = {}): Promise<AuditEntry[]> {
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
  let query = db.selectFrom('audit_log').selectAll();
  if (options.instanceId !== undefined) query = query.where('instance_id', '=', options.instanceId);
  if (options.actorId !== undefined) query = query.where('actor_id', '=', options.actorId);
  const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();

  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    action: row.action,
    instanceId: row.instance_id,
    detail: parseJsonColumn(Detail, row.detail, { table: 'audit_log', id: row.id }),
  }));
}
