import { sql, type Kysely } from 'kysely';
import type { BatonDatabase } from './schema.ts';

type Db = Kysely<BatonDatabase>;

const ROW_ID = 1;

/**
 * Moves the org revision on by one. Call it in the transaction of every write to departments,
 * users, roles or user_roles: engines rebuild their cached org directory only when the
 * revision they read has moved.
 */
export async function bumpOrgRevision(trx: Db): Promise<void> {
  await trx
    .insertInto('org_revision')
    .values({ id: ROW_ID, revision: 1 })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({ revision: eb('org_revision.revision', '+', 1) })),
    )
    .execute();
}

/**
 * The org revision as a column `org_revision` (0 before the first org write), to ride along on
 * a query a command makes anyway.
 */
export function orgRevisionColumn() {
  const stored = sql`(select revision from org_revision where id = ${sql.lit(ROW_ID)})`;

  return sql<number>`coalesce(${stored}, 0)`.as('org_revision');
}
