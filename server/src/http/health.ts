import type { SqlDialect } from '@baton/runtime/storage';
import type { BatonDatabase } from '@baton/runtime/storage';
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';

/**
 * `GET /healthz`: 200 `{status:'ok', database}` after a real `select 1`, 503
 * `{status:'unavailable', database}` when the database does not answer.
 */
export function registerHealth(
  app: FastifyInstance,
  database: { db: Kysely<BatonDatabase>; dialect: SqlDialect },
): void {
  app.get('/healthz', async (request, reply) => {
    try {
      await sql`select 1`.execute(database.db);

      return { status: 'ok', database: database.dialect };
    } catch (error) {
      request.log.error({ err: error }, 'health check failed');

      return reply.code(503).send({ status: 'unavailable', database: database.dialect });
    }
  });
}
