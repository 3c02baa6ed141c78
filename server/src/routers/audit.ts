import { listAudit } from '@baton/runtime/storage';
import { z } from 'zod';
import { namesOf } from '../instances/people.ts';
import { adminProcedure, router } from '../trpc.ts';
import { Person } from './shapes.ts';

const Id = z.string().min(1).max(200);

/** The audit log: what was refused or changed outside the requests' own timelines. */
export const auditRouter = router({
  /**
   * Lines newest first (default 50, at most 200), of one request and/or one person when given:
   * refused writes to fields a step does not allow (`form.write-refused`), branches that found
   * no path, master-data changes. Details name fields, never their values.
   */
  list: adminProcedure
    .input(
      z
        .object({
          instanceId: Id.optional(),
          actorId: Id.optional(),
          limit: z.number().int().min(1).max(200).optional(),
        })
        .optional(),
    )
    .output(
      z.array(
        z.object({
          id: z.string(),
          at: z.string(),
          actor: Person,
          action: z.string(),
          instanceId: z.string().nullable(),
          detail: z.record(z.string(), z.unknown()),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      const entries = await listAudit(ctx.db, input ?? {});
      const person = await namesOf(
        ctx.db,
        entries.map((entry) => entry.actorId),
      );

      return entries.map(({ actorId, ...entry }) => ({ ...entry, actor: person(actorId) }));
    }),
});
