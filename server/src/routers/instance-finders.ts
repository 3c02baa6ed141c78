import { InstanceStatus } from '@baton/runtime';
import { z } from 'zod';
import { exportRequests } from '../instances/export.ts';
import { StartedRow } from '../instances/started.ts';
import { searchRequests } from '../instances/search.ts';
import { authedProcedure } from '../trpc.ts';
import { FlowKey } from './shapes.ts';

const Query = z.string().max(200);
const Limit = z.number().int().min(1).max(100);

/** A request found: a My requests row without the steps it waits at. */
const Hit = StartedRow.omit({ currentNodes: true });

/**
 * Finding requests across the caller's lists. Every answer holds only requests the caller may
 * read and only what their field access lets them read (see `readableHeads`, `listedFor`).
 */
export const instanceFinders = {
  /**
   * Requests whose title or visible values contain `q` (any request when blank), of one flow
   * and status if given, newest first (`limit`: default 50). A value hidden from the caller
   * never makes a request match.
   */
  search: authedProcedure
    .input(
      z.object({
        q: Query.optional(),
        flowKey: FlowKey.optional(),
        status: InstanceStatus.optional(),
        limit: Limit.optional(),
      }),
    )
    .output(z.array(Hit))
    .query(({ ctx, input }) =>
      searchRequests(
        ctx.db,
        { user: ctx.user, locale: ctx.locale },
        {
          q: input.q,
          flowKeys: input.flowKey ? [input.flowKey] : undefined,
          status: input.status,
          limit: input.limit ?? 50,
        },
      ),
    ),

  /**
   * Requests the caller may point a reference field at: readable ones of `flowKeys` (any flow
   * when empty) matching `q` as `search` does, newest first (`limit`: default 20).
   */
  referable: authedProcedure
    .input(
      z.object({
        flowKeys: z.array(FlowKey).max(20).optional(),
        q: Query.optional(),
        limit: Limit.optional(),
      }),
    )
    .output(
      z.array(Hit.pick({ id: true, title: true, flowName: true, status: true, createdAt: true })),
    )
    // The output parser keeps only the fields a picker shows.
    .query(({ ctx, input }) =>
      searchRequests(
        ctx.db,
        { user: ctx.user, locale: ctx.locale },
        { q: input.q, flowKeys: input.flowKeys, limit: input.limit ?? 20 },
      ),
    ),

  /**
   * The requests of one flow the caller may read, as a CSV file for Excel (UTF-8 with a byte
   * order mark; see `exportRequests`), optionally only those in `status` or submitted from day
   * `from` to day `to` (`YYYY-MM-DD`, UTC, both included): an export too large for one file is
   * refused with `export.too-large`, to be narrowed with them. A query: it changes nothing.
   */
  export: authedProcedure
    .input(
      z.object({
        flowKey: FlowKey,
        status: InstanceStatus.optional(),
        from: z.iso.date().optional(),
        to: z.iso.date().optional(),
      }),
    )
    .output(z.object({ filename: z.string(), csv: z.string() }))
    .query(({ ctx, input }) =>
      exportRequests(ctx.db, { user: ctx.user, locale: ctx.locale, now: ctx.now() }, input),
    ),
};
