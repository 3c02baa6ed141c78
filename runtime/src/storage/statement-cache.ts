import type { Database } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * better-sqlite3 for Kysely with prepared statements kept by SQL text: Kysely prepares every
 * query anew, which on a small write costs about as much as running it. The `size` most recently
 * used statements are kept. Reuse is safe because one connection runs one query at a time (a
 * streamed query holds the connection until its iterator is done) and SQLite re-prepares a
 * statement by itself when the schema changed under it.
 */
export function withStatementCache(database: Database, size = 200): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();

  return {
    close: () => database.close(),
    prepare: (sql) => {
      const known = statements.get(sql);
      if (known) {
        statements.delete(sql);
        statements.set(sql, known);

        return known;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      const oldest = statements.keys().next();
      if (statements.size > size && !oldest.done) statements.delete(oldest.value);

      return statement;
    },
  };
}
