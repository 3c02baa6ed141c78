import { z } from 'zod';
import { verifyAgainstDummy, verifyPassword } from '../auth/password.ts';
import { createSession, deleteSession } from '../auth/sessions.ts';
import { loadSessionUser, SessionUser } from '../auth/user.ts';
import type { Context } from '../context.ts';
import { fail } from '../messages.ts';
import { publicProcedure, router } from '../trpc.ts';

const LoginInput = z.object({
  username: z.string().trim().toLowerCase().min(1).max(80),
  password: z.string().min(1).max(256),
});

/**
 * Checks a username and password. Unknown user and wrong password give the same error (after
 * the same work); a disabled account is named only to someone who knows its password.
 */
async function authenticate(ctx: Context, input: z.infer<typeof LoginInput>) {
  const row = await ctx.db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('username', '=', input.username)
    .executeTakeFirst();
  const valid = row?.password_hash
    ? await verifyPassword(row.password_hash, input.password)
    : await verifyAgainstDummy(input.password);
  const user = valid && row ? await loadSessionUser(ctx.db, row.id) : null;
  if (!user) {
    ctx.loginLimit.failed();
    throw fail('auth.invalid-credentials');
  }
  if (user.disabled) throw fail('auth.account-disabled');
  const { disabled: _disabled, ...visible } = user;

  return visible;
}

export const authRouter = router({
  /** Signs in: a new session on every login (the old cookie's session is deleted). */
  login: publicProcedure
    .input(LoginInput)
    .output(z.object({ user: SessionUser }))
    .mutation(async ({ ctx, input }) => {
      const rate = await ctx.loginLimit.check(input.username);
      if (!rate.allowed) throw fail('auth.rate-limited', { seconds: rate.retryAfterSeconds });
      const user = await authenticate(ctx, input);

      if (ctx.session.token) await deleteSession(ctx.db, ctx.session.token);
      const session = await createSession(ctx.db, user.id, ctx.now());
      ctx.session.issue(session.token);
      ctx.logger.info({ userId: user.id }, 'signed in');

      return { user };
    }),

  /** Signs out: deletes the session on the server and clears the cookie. */
  logout: publicProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    if (ctx.session.token) await deleteSession(ctx.db, ctx.session.token);
    ctx.session.clear();

    return { ok: true as const };
  }),

  me: publicProcedure
    .output(z.object({ user: SessionUser.nullable() }))
    .query(({ ctx }) => ({ user: ctx.user })),
});
