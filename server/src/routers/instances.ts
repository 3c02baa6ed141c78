import {
  editableKeys,
  fieldAccessAt,
  FlowDefinition,
  FlowLayout,
  FormDefinition,
  formForViewer,
  resolveText,
} from '@baton/schemas';
import { InstanceStatus, Picks, RoutePreview } from '@baton/runtime';
import { loadPublishedFlow } from '@baton/runtime/storage';
import { z } from 'zod';
import { hasRole } from '../auth/user.ts';
import { previewOn } from '../flows/preview.ts';
import { canRead, InstanceDetailView, instanceDetailView } from '../instances/detail.ts';
import { StartedRow, startedRequests } from '../instances/started.ts';
import { flowForViewer, startNodeId } from '../instances/viewer-access.ts';
import { fail } from '../messages.ts';
import { authedProcedure, router } from '../trpc.ts';
import { instanceFinders } from './instance-finders.ts';
import { Comment, FlowKey, IdempotencyKey } from './shapes.ts';

const CommandResult = z.object({ id: z.string(), status: InstanceStatus });
const InstanceId = z.string().min(1).max(200);

export const instancesRouter = router({
  /** Published flows a user can start, with their latest version. */
  startable: authedProcedure
    .output(z.array(z.object({ flowKey: z.string(), name: z.string(), version: z.number() })))
    .query(async ({ ctx }) => {
      const rows = await ctx.db
        .selectFrom('flows')
        .select('key')
        .where('latest_version', '>', 0)
        .orderBy('key')
        .execute();
      const flows = await Promise.all(rows.map((row) => loadPublishedFlow(ctx.db, row.key)));

      return flows.map((flow) => ({
        flowKey: flow.flowKey,
        name: resolveText(flow.bundle.flow.name, ctx.locale),
        version: flow.version,
      }));
    }),

  /**
   * The form (and diagram) of the latest published version, to fill before `start`, as the
   * start node shows it: fields hidden there left out (of the form and of the flow's field
   * access), `editableFields` those it lets the initiator fill (the others are read-only or
   * computed).
   */
  form: authedProcedure
    .input(z.object({ flowKey: FlowKey }))
    .output(
      z.object({
        flowKey: z.string(),
        version: z.number(),
        name: z.string(),
        form: FormDefinition,
        flow: FlowDefinition,
        layout: FlowLayout,
        editableFields: z.array(z.string()),
      }),
    )
    .query(async ({ ctx, input }) => {
      const published = await loadPublishedFlow(ctx.db, input.flowKey);
      const start = startNodeId(published.bundle.flow);
      const access = start === undefined ? {} : fieldAccessAt(published.bundle, start);

      return {
        flowKey: published.flowKey,
        version: published.version,
        name: resolveText(published.bundle.flow.name, ctx.locale),
        form: formForViewer(published.bundle.form, access),
        editableFields: editableKeys(access),
        flow: flowForViewer(published.bundle.flow, access),
        layout: published.bundle.layout,
      };
    }),

  /**
   * What the request would do if the caller submitted these values now, on the latest published
   * version: path, approvers with reasons, outcome (see `previewRoute`). Values may be incomplete
   * (the form shows it while being filled). A mutation so values travel in a POST body.
   */
  preview: authedProcedure
    .input(
      z.object({
        flowKey: FlowKey,
        values: z.record(z.string(), z.unknown()),
        picks: Picks.optional(),
      }),
    )
    .output(RoutePreview)
    .mutation(async ({ ctx, input }) => {
      const { bundle } = await loadPublishedFlow(ctx.db, input.flowKey);

      return previewOn(ctx.engine, {
        bundle,
        input: {
          initiatorId: ctx.user.id,
          values: input.values,
          ...(input.picks ? { picks: input.picks } : {}),
        },
        now: ctx.now(),
        locale: ctx.locale,
      });
    }),

  /**
   * Starts a request on the latest published version. Money and numbers are decimal strings.
   * `picks`: the people the caller chose for steps whose rule is `initiatorPicks`, by node id
   * (`approval.pick-required` / `approval.pick-invalid` when missing or out of range).
   */
  start: authedProcedure
    .input(
      z.object({
        flowKey: FlowKey,
        values: z.unknown(),
        picks: Picks.optional(),
        /**
         * The version whose form the caller filled (`instances.form`): when a newer one was
         * published meanwhile, the start is refused with `instance.version-changed` (409).
         */
        version: z.number().int().min(1).optional(),
        idempotencyKey: IdempotencyKey.optional(),
      }),
    )
    .output(CommandResult)
    .mutation(async ({ ctx, input }) => {
      if (input.version !== undefined) {
        const flow = await ctx.db
          .selectFrom('flows')
          .select('latest_version')
          .where('key', '=', input.flowKey)
          .executeTakeFirst();
        const latest = flow?.latest_version ?? 0;
        if (latest > 0 && latest !== input.version)
          throw fail('instance.version-changed', { version: input.version, latest });
      }
      const view = await ctx.engine.start({
        flowKey: input.flowKey,
        actorId: ctx.user.id,
        values: input.values,
        locale: ctx.locale,
        canReadAll: hasRole(ctx.user, 'admin'),
        ...(input.picks ? { picks: input.picks } : {}),
        ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      });
      ctx.logger.info({ instanceId: view.id, flowKey: view.flowKey }, 'request started');

      return { id: view.id, status: view.status };
    }),

  /**
   * The request page (also the print view); FORBIDDEN for anyone not involved (admins may read
   * every request). Only the fields the caller may read travel (see `instanceDetailView`).
   */
  get: authedProcedure
    .input(z.object({ id: InstanceId }))
    .output(InstanceDetailView)
    .query(async ({ ctx, input }) => {
      const detail = await ctx.engine.getInstance(input.id);
      if (!detail) throw fail('instance.not-found', { id: input.id });
      if (!canRead(detail, ctx.user)) throw fail('instance.forbidden', { id: input.id });

      return instanceDetailView(ctx.db, detail, { user: ctx.user, locale: ctx.locale });
    }),

  /** Requests the caller started, newest first (the latest 200); `currentNodes` are node names. */
  mine: authedProcedure
    .output(z.array(StartedRow))
    .query(({ ctx }) => startedRequests(ctx.db, { user: ctx.user, locale: ctx.locale })),

  /** The initiator sends a returned request again, with edited values (and picks, as `start`). */
  resubmit: authedProcedure
    .input(
      z.object({
        id: InstanceId,
        values: z.unknown(),
        picks: Picks.optional(),
        idempotencyKey: IdempotencyKey.optional(),
      }),
    )
    .output(CommandResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.resubmit({
        instanceId: input.id,
        actorId: ctx.user.id,
        values: input.values,
        locale: ctx.locale,
        canReadAll: hasRole(ctx.user, 'admin'),
        ...(input.picks ? { picks: input.picks } : {}),
        ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      });

      return { id: view.id, status: view.status };
    }),

  withdraw: authedProcedure
    .input(
      z.object({
        id: InstanceId,
        reason: Comment.optional(),
        idempotencyKey: IdempotencyKey.optional(),
      }),
    )
    .output(CommandResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.withdraw({
        instanceId: input.id,
        actorId: ctx.user.id,
        ...(input.reason ? { reason: input.reason } : {}),
        ...(input.idempotencyKey ? { idempotencyKey: input.idempotencyKey } : {}),
      });

      return { id: view.id, status: view.status };
    }),

  /**
   * The initiator reminds the current approvers (催办), at most once per the flow's interval
   * (`urge.too-soon` with the minutes left).
   */
  urge: authedProcedure
    .input(z.object({ instanceId: InstanceId, comment: Comment.optional() }))
    .output(CommandResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.urge({
        instanceId: input.instanceId,
        actorId: ctx.user.id,
        ...(input.comment ? { comment: input.comment } : {}),
      });
      ctx.logger.info({ instanceId: view.id }, 'request urged');

      return { id: view.id, status: view.status };
    }),

  /**
   * Copies people on the request (ad hoc CC): the initiator or someone who has or had a task on
   * it may (`cc.not-participant` otherwise). They see it in their CC inbox and may read it.
   */
  cc: authedProcedure
    .input(
      z.object({
        instanceId: InstanceId,
        userIds: z.array(z.string().min(1).max(200)).min(1).max(50),
        comment: Comment.optional(),
      }),
    )
    .output(CommandResult)
    .mutation(async ({ ctx, input }) => {
      const view = await ctx.engine.cc({
        instanceId: input.instanceId,
        actorId: ctx.user.id,
        userIds: input.userIds,
        ...(input.comment ? { comment: input.comment } : {}),
      });
      ctx.logger.info({ instanceId: view.id, count: input.userIds.length }, 'request copied');

      return { id: view.id, status: view.status };
    }),

  ...instanceFinders,
});
