import { sql, type Kysely } from 'kysely';

/**
 * Lets a command skip two reads:
 * - `org_revision`: one row, bumped in the same transaction as every change to departments,
 *   users, roles or user roles (see `replaceOrg`). The engine keeps the org directory it built
 *   for a revision and rebuilds it only when the revision it reads differs. No row yet means 0.
 * - `instances.last_seq`: the last event seq of the instance, written with every command, so
 *   appending events no longer asks the events table for its maximum. Filled in here for
 *   instances that already exist.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('org_revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('instances')
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`
    update instances set last_seq = coalesce(
      (select max(seq) from events where events.instance_id = instances.id), 0)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('instances').dropColumn('last_seq').execute();
  await db.schema.dropTable('org_revision').execute();
}
