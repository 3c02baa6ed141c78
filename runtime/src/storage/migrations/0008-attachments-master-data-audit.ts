import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * What issue 5 stores beside the requests:
 * - `attachments`: uploaded files with their bytes (`blob` on SQLite, `bytea` on PostgreSQL), the
 *   person who uploaded them and, once a submission or an edit put them in a field, the request
 *   and field they belong to (`instance_id`, `field_key`: null while unbound);
 * - `master_data`: the lists admins maintain (cost centres, suppliers, projects) by kind and code,
 *   deactivated rather than deleted so that requests keep the codes they were submitted with;
 * - `audit_log`: an append-only log of what was refused or changed outside the requests' own
 *   event logs (a refused write, an admin's change), `detail` a JSON object without form values.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('instance_id', 'text', (c) => c.references('instances.id'))
    .addColumn('field_key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', postgres ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('attachments_instance_idx')
    .on('attachments')
    .column('instance_id')
    .execute();
  await db.schema
    .createTable('master_data')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('master_data_pk', ['kind', 'code'])
    .execute();
  await createAuditLog(db);
}

async function createAuditLog(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('instance_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  // The admin's list (newest first), and the same filtered by request or by person.
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['at', 'id']).execute();
  await db.schema
    .createIndex('audit_log_instance_idx')
    .on('audit_log')
    .columns(['instance_id', 'at'])
    .execute();
  await db.schema
    .createIndex('audit_log_actor_idx')
    .on('audit_log')
    .columns(['actor_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['audit_log', 'master_data', 'attachments'])
    await db.schema.dropTable(table).execute();
}
