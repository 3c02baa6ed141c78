import { initTRPC } from '@trpc/server';
import type { Context } from './context.ts';
import { formatError, toTRPCError } from './errors/format.ts';
import { fail } from './messages.ts';
import { hasRole, type SystemRole } from './auth/user.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter: ({ shape, error, ctx, path }) =>
    formatError({
      shape,
      error,
      path,
      locale: ctx?.locale ?? 'en',
      isDev: ctx?.exposeStacks ?? false,
    }),
});

/** Gives BatonErrors thrown anywhere below their proper tRPC code (and so HTTP status). */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);

  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapErrors);

/** Signed-in users only; `ctx.user` is non-null below it. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw fail('auth.required');

  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * Signed-in users holding `role`. Admins pass every role check: they may do what a process owner
 * does (edit and publish flows).
 */
export function requireRole(role: SystemRole) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.user, role) && !hasRole(ctx.user, 'admin')) throw fail('auth.forbidden');

    return next();
  });
}

/** Process owners and admins: flow editing, publishing, rollback, template cloning. */
export const flowEditorProcedure = requireRole('process_owner');
