import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Moves `org_revision` on every change to the org tables, whatever makes it: `replaceOrg`, a
 * future admin screen, an HR sync or an operator's SQL. Engines cache the org directory per
 * revision, so a change that did not move it would keep routing approvals to the old org.
 */
const orgTables = ['departments', 'users', 'roles', 'user_roles'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  // The row exists from here on, so a trigger only ever updates it.
  await sql`
    insert into org_revision (id, revision)
    select 1, 0 where not exists (select 1 from org_revision where id = 1)
  `.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) await upPostgres(db);
  else await upSqlite(db);
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function baton_bump_org_revision() returns trigger language plpgsql as $$
    begin
      update org_revision set revision = revision + 1 where id = 1;
      return null;
    end $$
  `.execute(db);
  for (const table of orgTables) {
    await sql`
      create trigger ${sql.id(`${table}_bumps_org_revision`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function baton_bump_org_revision()
    `.execute(db);
  }
}

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  for (const table of orgTables) {
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
  for (const table of orgTables) {
    if (postgres) {
      await sql`drop trigger ${sql.id(`${table}_bumps_org_revision`)} on ${sql.table(table)}`.execute(
        db,
      );
      continue;
    }
    for (const event of ['insert', 'update', 'delete'])
      await sql`drop trigger ${sql.id(`${table}_${event}_bumps_org_revision`)}`.execute(db);
  }
  if (postgres) await sql`drop function baton_bump_org_revision()`.execute(db);
}
