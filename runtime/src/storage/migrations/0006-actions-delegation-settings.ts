import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * What issue 4 stores beside the requests:
 * - `delegations`: out-of-office delegations (代理) with their window, optional flows and amount
 *   cap; revoked ones stay, with `revoked_at`, for the audit trail;
 * - `carbon_copies`: one row per person copied on a request (by a CC node or ad hoc), with its
 *   read mark, listed per person newest first;
 * - `settings`: small JSON documents by key (the business calendar);
 * - `tasks.on_behalf_of` and `tasks.origin_kind`: shown in the inbox without parsing states;
 * - triggers moving `org_revision` on every change to `delegations` and `settings`: engines keep
 *   the delegations and the calendar with the org directory, per revision (as 0003 and 0004).
 */
const revisionTables = ['delegations', 'settings'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await createDelegations(db);
  await createCarbonCopies(db);
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema.alterTable('tasks').addColumn('on_behalf_of', 'text').execute();
  await db.schema.alterTable('tasks').addColumn('origin_kind', 'text').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) await bumpOnPostgres(db);
  else await bumpOnSqlite(db);
}

async function createDelegations(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('delegations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('delegate_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('flow_keys', 'text')
    .addColumn('amount_cap', 'text')
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .execute();
  await db.schema
    .createIndex('delegations_user_idx')
    .on('delegations')
    .columns(['user_id', 'starts_at'])
    .execute();
}

async function createCarbonCopies(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('carbon_copies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('instance_id', 'text', (c) => c.notNull().references('instances.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('by_user_id', 'text')
    .addColumn('node_id', 'text')
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema
    .createIndex('carbon_copies_user_idx')
    .on('carbon_copies')
    .columns(['user_id', 'created_at'])
    .execute();
}

async function bumpOnPostgres(db: Kysely<unknown>): Promise<void> {
  // baton_bump_org_revision() was created by 0003.
  for (const table of revisionTables) {
    await sql`
      create trigger ${sql.id(`${table}_bumps_org_revision`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function baton_bump_org_revision()
    `.execute(db);
  }
}

async function bumpOnSqlite(db: Kysely<unknown>): Promise<void> {
  for (const table of revisionTables) {
    for (const event of ['insert', 'update', 'delete'] as const) {
      await sql`
        create trigger ${sql.id(`${table}_${event}_bumps_org_revision`)}
        after ${sql.raw(event)} on ${sql.table(table)}
        begin
          update org_revision set revision = revision + 1 where id = 1;
        end
      `.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of revisionTables) {
    if (postgres) {
      await sql`drop trigger ${sql.id(`${table}_bumps_org_revision`)} on ${sql.table(table)}`.execute(
        db,
      );
      continue;
    }
    for (const event of ['insert', 'update', 'delete'])
      await sql`drop trigger ${sql.id(`${table}_${event}_bumps_org_revision`)}`.execute(db);
  }
  await db.schema.alterTable('tasks').dropColumn('origin_kind').execute();
  await db.schema.alterTable('tasks').dropColumn('on_behalf_of').execute();
  for (const table of ['settings', 'carbon_copies', 'delegations'])
    await db.schema.dropTable(table).execute();
}
