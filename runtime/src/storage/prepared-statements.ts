import { createHash } from 'node:crypto';
import { sql, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';

/** The comment that ends a statement to be prepared (raw SQL text; see `PREPARED`). */
export const PREPARED_MARK = '/* baton:prepared */';
const MARK = PREPARED_MARK;

/**
 * Appended to a hot statement of fixed shape (use `modifyEnd(PREPARED)` on a query builder, or
 * end a raw statement with it): on PostgreSQL it then runs as a named prepared statement, parsed
 * and planned once per connection. Only mark statements whose text does not vary with the data
 * (pass lists as one JSON parameter), and select named columns rather than `*`, so that a
 * column added by a later migration does not change a prepared statement's result. Elsewhere
 * the mark is a comment.
 */
export const PREPARED = sql.raw(MARK);

/** Names by statement text: marked statements are few and hot, hashing each run is not free. */
const names = new Map<string, string>();

function statementName(text: string): string {
  const known = names.get(text);
  if (known !== undefined) return known;
  const name = `baton_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  if (names.size >= 500) names.clear();
  names.set(text, name);

  return name;
}

/**
 * Kysely's view of a `pg` pool whose clients run marked statements as named prepared
 * statements; every other query passes through as it is.
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    connect: async () => preparingClient(await pool.connect()),
    end: () => pool.end(),
  };
}

function preparingClient(client: pg.PoolClient): PostgresPoolClient {
  const query = (text: string, values: readonly unknown[]) =>
    text.endsWith(MARK)
      ? client.query({ name: statementName(text), text, values: [...values] })
      : client.query(text, [...values]);

  return {
    // The same results pg gives Kysely without this wrapper: pg types `command` as any string
    // where Kysely lists the ones it reads. The cursor overload is unused: Kysely streams
    // through a cursor only when the dialect is given one, and Baton gives none.
    query: query as unknown as PostgresPoolClient['query'],
    release: (destroy) => client.release(destroy),
  };
}
