import { sql } from 'kysely';

const ROW_ID = 1;

/**
 * The org revision as a column `org_revision` (0 before the first org write), to ride along on
 * a query a command makes anyway.
 */
export function orgRevisionColumn() {
  const stored = sql`(select revision from org_revision where id = ${sql.lit(ROW_ID)})`;

  return sql<number>`coalesce(${stored}, 0)`.as('org_revision');
}
