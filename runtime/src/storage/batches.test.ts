import { describe, expect, it } from 'vitest';
import {
  batches,
  MAX_BOUND_PARAMETERS,
  MAX_ROWS_PER_STATEMENT,
  queryInBatches,
  rowBatches,
} from './batches.ts';

describe('statement batches', () => {
  it('splits items in order and makes no batch of nothing', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 10)).toEqual([]);
    expect(batches([1, 2], 0)).toEqual([[1], [2]]);
  });

  it('keeps every multi-row insert under the bound parameter limit', () => {
    // given 4,000 task rows of 9 columns (36,000 parameters: more than SQLite's default allows)
    const rows = Array.from({ length: 4000 }, (_, index) => index);

    // when they are batched
    const split = rowBatches(rows, 9);

    // then no batch binds more than the limit and every row is there once, in order
    expect(Math.max(...split.map((batch) => batch.length * 9))).toBeLessThanOrEqual(
      MAX_BOUND_PARAMETERS,
    );
    expect(split.flat()).toEqual(rows);
  });

  it('caps narrow rows at the row limit', () => {
    const split = rowBatches(
      Array.from({ length: 1200 }, () => 0),
      1,
    );

    expect(split.map((batch) => batch.length)).toEqual([MAX_ROWS_PER_STATEMENT, 500, 200]);
  });

  it('queries an in-list of thousands of values in batches and joins the rows', async () => {
    // given 2,500 ids; when each batch is queried
    const sizes: number[] = [];
    const ids = Array.from({ length: 2500 }, (_, index) => `u${index}`);
    const rows = await queryInBatches(
      ids,
      async (batch) => {
        sizes.push(batch.length);

        return batch;
      },
      1,
    );

    // then each query stayed under the limit, counting the one other parameter
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_BOUND_PARAMETERS - 1);
    expect(rows).toEqual(ids);
  });
});
