import { checkFlow, FlowBundle, resolveText, ValidationIssue } from '@baton/schemas';
import { loadOrg } from '@baton/runtime/storage';
import { z } from 'zod';
import { parseBundleInput } from '../flows/bundle-input.ts';
import { saveDraft } from '../flows/drafts.ts';
import { publishDraft, republishVersion } from '../flows/publish.ts';
import { flowRecordOf, requireFlow, requireVersion } from '../flows/records.ts';
import { flowEditorProcedure, router } from '../trpc.ts';
import { FlowKey, Person } from './shapes.ts';

const Issues = z.array(ValidationIssue);
const Revision = z.number().int().min(1);
const Version = z.number().int().min(1);

export const flowsRouter = router({
  list: flowEditorProcedure
    .output(
      z.array(
        z.object({
          key: z.string(),
          name: z.string(),
          latestVersion: z.number(),
          draftRevision: z.number(),
          updatedAt: z.string(),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const rows = await ctx.db.selectFrom('flows').selectAll().orderBy('key').execute();

      return rows.map(flowRecordOf).map((flow) => ({
        key: flow.key,
        name: resolveText(flow.name, ctx.locale),
        latestVersion: flow.latestVersion,
        draftRevision: flow.draftRevision,
        updatedAt: flow.updatedAt,
      }));
    }),

  /** The draft with the checker's current issues. */
  get: flowEditorProcedure
    .input(z.object({ key: FlowKey }))
    .output(
      z.object({
        key: z.string(),
        name: z.string(),
        bundle: FlowBundle,
        draftRevision: z.number(),
        latestVersion: z.number(),
        issues: Issues,
      }),
    )
    .query(async ({ ctx, input }) => {
      const flow = await requireFlow(ctx.db, input.key);

      return {
        key: flow.key,
        name: resolveText(flow.name, ctx.locale),
        bundle: flow.draft,
        draftRevision: flow.draftRevision,
        latestVersion: flow.latestVersion,
        issues: checkFlow(flow.draft, { org: await loadOrg(ctx.db), locale: ctx.locale }),
      };
    }),

  /**
   * Saves the draft if nobody saved since `expectedRevision` (CONFLICT `flow.stale-revision`
   * otherwise). A draft with checker errors is saved too: the issues come back with it.
   */
  saveDraft: flowEditorProcedure
    .input(z.object({ key: FlowKey, bundle: z.unknown(), expectedRevision: Revision }))
    .output(z.object({ draftRevision: z.number(), issues: Issues }))
    .mutation(async ({ ctx, input }) => {
      const bundle = parseBundleInput(input.key, input.bundle, ctx.locale);
      const draftRevision = await saveDraft(ctx, {
        key: input.key,
        bundle,
        expectedRevision: input.expectedRevision,
        actorId: ctx.user.id,
        now: ctx.now(),
      });

      return {
        draftRevision,
        issues: checkFlow(bundle, { org: await loadOrg(ctx.db), locale: ctx.locale }),
      };
    }),

  /**
   * Checks a bundle without saving it. A mutation only so the bundle travels in a POST body
   * (a query would put it in the URL, where large flows exceed header limits); it changes nothing.
   */
  validate: flowEditorProcedure
    .input(z.object({ bundle: z.unknown() }))
    .output(z.object({ issues: Issues }))
    .mutation(async ({ ctx, input }) => ({
      issues: checkFlow(input.bundle, { org: await loadOrg(ctx.db), locale: ctx.locale }),
    })),

  publish: flowEditorProcedure
    .input(z.object({ key: FlowKey, expectedRevision: Revision }))
    .output(z.object({ version: z.number(), hash: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const published = await publishDraft(ctx, {
        ...input,
        actorId: ctx.user.id,
        now: ctx.now(),
        locale: ctx.locale,
      });
      ctx.logger.info({ flowKey: input.key, version: published.version }, 'flow published');

      return published;
    }),

  versions: flowEditorProcedure
    .input(z.object({ key: FlowKey }))
    .output(
      z.array(
        z.object({
          version: z.number(),
          hash: z.string(),
          publishedAt: z.string(),
          publishedBy: Person.nullable(),
          sourceVersion: z.number().nullable(),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      await requireFlow(ctx.db, input.key);
      const rows = await ctx.db
        .selectFrom('flow_versions')
        .leftJoin('users', 'users.id', 'flow_versions.published_by')
        .select(['version', 'hash', 'published_at', 'published_by', 'source_version', 'users.name'])
        .where('flow_key', '=', input.key)
        .orderBy('version', 'desc')
        .execute();

      return rows.map((row) => ({
        version: Number(row.version),
        hash: row.hash,
        publishedAt: row.published_at,
        publishedBy: row.published_by
          ? { id: row.published_by, name: row.name ?? row.published_by }
          : null,
        sourceVersion: row.source_version === null ? null : Number(row.source_version),
      }));
    }),

  version: flowEditorProcedure
    .input(z.object({ key: FlowKey, version: Version }))
    .output(z.object({ version: z.number(), bundle: FlowBundle, hash: z.string() }))
    .query(({ ctx, input }) => requireVersion(ctx.db, input.key, input.version)),

  /** Publishes version `version`'s content again as a new version (the draft is untouched). */
  rollback: flowEditorProcedure
    .input(z.object({ key: FlowKey, version: Version }))
    .output(z.object({ version: z.number(), hash: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const published = await republishVersion(ctx, {
        ...input,
        actorId: ctx.user.id,
        now: ctx.now(),
      });
      ctx.logger.info(
        { flowKey: input.key, version: published.version, sourceVersion: input.version },
        'flow rolled back',
      );

      return published;
    }),
});
