/**
 * The most bound parameters Baton puts in one statement: 999, the limit SQLite had before 3.32
 * and the lowest any SQLite build is likely to keep (today's default is 32,766; PostgreSQL
 * allows 65,535). Statements whose parameter count grows with the data (multi-row inserts,
 * `in (…)` lists) are split so that none exceeds it.
 */
export const MAX_BOUND_PARAMETERS = 999;

/** The most rows one multi-row insert carries, whatever its width. */
export const MAX_ROWS_PER_STATEMENT = 500;

/**
 * `items` split into consecutive batches of at most `size` (at least 1) items, in order; no
 * batch for no items.
 */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += step)
    out.push(items.slice(start, start + step));

  return out;
}

/**
 * Rows in batches small enough for one multi-row insert each: at most `MAX_ROWS_PER_STATEMENT`
 * rows and `MAX_BOUND_PARAMETERS` parameters, counting `columns` parameters per row (plus
 * `extra` parameters the statement binds once, e.g. in a `where` clause).
 */
export function rowBatches<T>(rows: readonly T[], columns: number, extra = 0): T[][] {
  const perRow = Math.max(1, columns);
  const fit = Math.floor((MAX_BOUND_PARAMETERS - extra) / perRow);

  return batches(rows, Math.min(MAX_ROWS_PER_STATEMENT, fit));
}

/**
 * Runs `query` once per batch of `values` (an `in (…)` list of at most `MAX_BOUND_PARAMETERS`
 * minus `extra` values each) and concatenates the rows, in batch order. No query for no values.
 */
export async function queryInBatches<V, R>(
  values: readonly V[],
  query: (batch: V[]) => Promise<readonly R[]>,
  extra = 0,
): Promise<R[]> {
  const rows: R[] = [];
  for (const batch of batches(values, MAX_BOUND_PARAMETERS - extra))
    rows.push(...(await query(batch)));

  return rows;
}
