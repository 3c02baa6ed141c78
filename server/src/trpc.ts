import { initTRPC } from '@trpc/server';
import type { Context } from './context.ts';
import { formatError, toTRPCError } from './errors/format.ts';
import { rawInputIssues } from './input/raw-input.ts';
import { fail } from './messages.ts';
import { hasRole, type SystemRole } from './auth/user.ts';

const t = initTRPC.context<Context>().create({
  errorFormatter: ({ shape, error, ctx, path, input }) =>
    formatError({
      shape,
      error,
      path,
      input,
      jsonText: ctx?.requestJson(),
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

/**
 * Refuses input that no procedure may see, on every database alike: strings holding U+0000
 * (PostgreSQL cannot store them) and nesting deeper than `MAX_INPUT_DEPTH` (deep values overflow
 * the stack of JSON.stringify and friends). `input.invalid` with an issue at each offending path.
 */
const guardRawInput = t.middleware(async ({ ctx, getRawInput, next }) => {
  let raw: unknown;
  try {
    raw = await getRawInput();
  } catch {
    // Unreadable input (not JSON): the procedure's input parser reports it, if it has inputs.
    return next();
  }
  const issues = rawInputIssues(raw, ctx.locale);
  if (issues.length > 0) throw fail('input.invalid', {}, { issues });

  return next();
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(mapErrors).use(guardRawInput);

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

/** Admins only: the organization (org documents, checks and replacement). */
export const adminProcedure = requireRole('admin');
