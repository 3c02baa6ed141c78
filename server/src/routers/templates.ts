import { I18nText, resolveText } from '@baton/schemas';
import { getTemplate, templates } from '@baton/templates';
import { z } from 'zod';
import { createFlow } from '../flows/drafts.ts';
import { fail } from '../messages.ts';
import { authedProcedure, flowEditorProcedure, router } from '../trpc.ts';
import { FlowKey } from './shapes.ts';

export const templatesRouter = router({
  list: authedProcedure
    .output(z.array(z.object({ key: z.string(), name: z.string(), description: z.string() })))
    .query(({ ctx }) =>
      templates.map((template) => ({
        key: template.key,
        name: resolveText(template.name, ctx.locale),
        description: resolveText(template.description, ctx.locale),
      })),
    ),

  /** Creates a new unpublished flow whose draft is the template's bundle under a new key. */
  clone: flowEditorProcedure
    .input(z.object({ templateKey: z.string().min(1), key: FlowKey, name: I18nText }))
    .output(z.object({ key: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const template = getTemplate(input.templateKey);
      if (!template) throw fail('template.not-found', { key: input.templateKey });
      const bundle = {
        ...template.bundle,
        flow: { ...template.bundle.flow, key: input.key, name: input.name },
      };
      await createFlow(ctx, { key: input.key, bundle, actorId: ctx.user.id, now: ctx.now() });

      return { key: input.key };
    }),
});
