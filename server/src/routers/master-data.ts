import { MasterDataKind, resolveText } from '@baton/schemas';
import {
  listMasterData,
  MasterDataInput,
  setMasterDataActive,
  upsertMasterData,
  writeAudit,
} from '@baton/runtime/storage';
import { z } from 'zod';
import { adminProcedure, authedProcedure, router } from '../trpc.ts';

const Code = MasterDataInput.shape.code;
const Query = z.string().max(100);

const Entry = z.object({
  kind: MasterDataKind,
  code: z.string(),
  name: z.object({ 'zh-CN': z.string(), en: z.string() }),
  active: z.boolean(),
});

/**
 * The lists admins maintain in Baton (cost centres, suppliers, projects) that `remote` form
 * fields offer. Anyone signed in reads the active entries; admins list, add, rename and
 * (de)activate them, each change recorded in the audit log. Entries are never deleted: requests
 * keep the codes they were submitted with.
 */
export const masterDataRouter = router({
  /** Active entries of one list for a form field: code and name in the caller's language. */
  options: authedProcedure
    .input(
      z.object({
        kind: MasterDataKind,
        q: Query.optional(),
        limit: z.number().int().min(1).max(200).optional(),
      }),
    )
    .output(z.array(z.object({ code: z.string(), name: z.string() })))
    .query(async ({ ctx, input }) => {
      const entries = await listMasterData(ctx.db, input);

      return entries.map((entry) => ({
        code: entry.code,
        name: resolveText(entry.name, ctx.locale),
      }));
    }),

  /** Entries of one list by code, inactive ones too unless asked (default 50, at most 200). */
  list: adminProcedure
    .input(
      z.object({
        kind: MasterDataKind,
        q: Query.optional(),
        includeInactive: z.boolean().optional(),
        limit: z.number().int().min(1).max(200).optional(),
      }),
    )
    .output(z.array(Entry))
    .query(({ ctx, input }) => listMasterData(ctx.db, input)),

  /** Adds an entry or replaces the names (and active flag) of the one with that code. */
  upsert: adminProcedure
    .input(MasterDataInput)
    .output(Entry)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const entry = await upsertMasterData(ctx.db, input, { now });
      const detail = { kind: entry.kind, code: entry.code, active: entry.active };
      await writeAudit(ctx.db, { actorId: ctx.user.id, action: 'masterData.upsert', detail, now });
      ctx.logger.info(detail, 'master data saved');

      return entry;
    }),

  /** Deactivates an entry (no longer offered nor accepted in new values) or activates it again. */
  setActive: adminProcedure
    .input(z.object({ kind: MasterDataKind, code: Code, active: z.boolean() }))
    .output(Entry)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const entry = await setMasterDataActive(ctx.db, { ...input, now });
      await writeAudit(ctx.db, {
        actorId: ctx.user.id,
        action: 'masterData.set-active',
        detail: input,
        now,
      });
      ctx.logger.info(input, 'master data (de)activated');

      return entry;
    }),
});
