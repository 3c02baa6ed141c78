import { checkFlow, FlowBundle, resolveText, ValidationIssue } from '@baton/schemas';
import { Picks, RoutePreview } from '@baton/runtime';
import { loadOrg } from '@baton/runtime/storage';
import { z } from 'zod';
import { parseBundleInput } from '../flows/bundle-input.ts';
import { saveDraft } from '../flows/drafts.ts';
import { picksForBundle, previewBundle, previewOn } from '../flows/preview.ts';
import { listSamples, removeSample, Sample, SampleInput, saveSample } from '../flows/samples.ts';
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

  /**
   * What a request would do on the draft, the latest published version or a given version:
   * path, approvers with reasons, outcome (see `previewRoute`). A draft with checker errors is
   * refused (`flow.invalid` with its issues). A mutation so values travel in a POST body.
   */
  preview: flowEditorProcedure
    .input(
      z.object({
        key: FlowKey,
        source: z.union([z.enum(['draft', 'published']), Version]),
        initiatorId: z.string().min(1).max(200),
        values: z.record(z.string(), z.unknown()),
        picks: Picks.optional(),
      }),
    )
    .output(RoutePreview)
    .mutation(async ({ ctx, input }) => {
      const bundle = await previewBundle(ctx.db, { ...input, locale: ctx.locale });
      const { initiatorId, values } = input;
      const picks = picksForBundle(bundle, input.picks);

      return previewOn(ctx.engine, {
        bundle,
        input: { initiatorId, values, ...(picks ? { picks } : {}) },
        now: ctx.now(),
        locale: ctx.locale,
      });
    }),

  /** The flow's sample requests for the test panel, oldest first. */
  listSamples: flowEditorProcedure
    .input(z.object({ key: FlowKey }))
    .output(z.array(Sample))
    .query(({ ctx, input }) => listSamples(ctx.db, input.key)),

  /**
   * Creates a sample (no `id`) or replaces one. Refused with `input.invalid` and issues at their
   * paths when the initiator or a picked user does not exist, the values do not fit the draft's
   * form, or a pick names no approval step of the draft.
   */
  saveSample: flowEditorProcedure
    .input(SampleInput.extend({ key: FlowKey }))
    .output(Sample)
    .mutation(({ ctx, input }) => {
      const { key, ...sample } = input;

      return saveSample(ctx.db, {
        key,
        sample,
        actorId: ctx.user.id,
        now: ctx.now(),
        locale: ctx.locale,
      });
    }),

  /** Removes a sample; `sample.not-found` when the flow has none with that id. */
  removeSample: flowEditorProcedure
    .input(z.object({ key: FlowKey, id: z.string().min(1).max(200) }))
    .output(z.object({ removed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await removeSample(ctx.db, input.key, input.id);

      return { removed: true as const };
    }),

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
