import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The org facts approver rules read since issue 3, and the designer's sample requests:
 * - `positions` (岗位) and `user_positions`; `user_groups` and their `group_members` (in the
 *   order the group lists them: a sequential step follows it); `users.approval_limit`, a
 *   decimal string (CNY) or null;
 * - triggers moving `org_revision` on every change to the four new tables, as 0003 does for
 *   the others (users are covered already, so the new column is too);
 * - `flow_samples`: named initiator + form values (+ picks) per flow, re-run by the test panel.
 */
const newOrgTables = ['positions', 'user_positions', 'user_groups', 'group_members'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await createOrgTables(db);
  await db.schema.alterTable('users').addColumn('approval_limit', 'text').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) await bumpOnPostgres(db);
  else await bumpOnSqlite(db);
  await createSamples(db);
}

async function createOrgTables(db: Kysely<unknown>): Promise<void> {
  for (const table of ['positions', 'user_groups']) {
    await db.schema
      .createTable(table)
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('name_zh', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .execute();
  }
  await db.schema
    .createTable('user_positions')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('position_key', 'text', (c) =>
      c.notNull().references('positions.key').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('user_positions_pk', ['user_id', 'position_key'])
    .execute();
  await db.schema
    .createTable('group_members')
    .addColumn('group_key', 'text', (c) =>
      c.notNull().references('user_groups.key').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_members_pk', ['group_key', 'user_id'])
    .execute();
}

async function bumpOnPostgres(db: Kysely<unknown>): Promise<void> {
  // baton_bump_org_revision() was created by 0003.
  for (const table of newOrgTables) {
    await sql`
      create trigger ${sql.id(`${table}_bumps_org_revision`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function baton_bump_org_revision()
    `.execute(db);
  }
}

async function bumpOnSqlite(db: Kysely<unknown>): Promise<void> {
  for (const table of newOrgTables) {
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

async function createSamples(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('flow_samples')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('flow_key', 'text', (c) => c.notNull().references('flows.key'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('initiator_id', 'text', (c) => c.notNull())
    .addColumn('values', 'text', (c) => c.notNull())
    .addColumn('picks', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  await db.schema
    .createIndex('flow_samples_flow_idx')
    .on('flow_samples')
    .columns(['flow_key', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropTable('flow_samples').execute();
  for (const table of newOrgTables) {
    if (postgres) {
      await sql`drop trigger ${sql.id(`${table}_bumps_org_revision`)} on ${sql.table(table)}`.execute(
        db,
      );
      continue;
    }
    for (const event of ['insert', 'update', 'delete'])
      await sql`drop trigger ${sql.id(`${table}_${event}_bumps_org_revision`)}`.execute(db);
  }
  for (const table of ['group_members', 'user_groups', 'user_positions', 'positions'])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('users').dropColumn('approval_limit').execute();
}
