// Loads @fastify/cookie's request/reply typings wherever the router type is used (the designer).
import type {} from '@fastify/cookie';
import type { Locale } from '@baton/schemas';
import type { BatonDatabase, Engine, SqlDialect } from '@baton/runtime/storage';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { resolveSession, SESSION_COOKIE } from './auth/sessions.ts';
import type { SessionUser } from './auth/user.ts';
import { detectLocale } from './errors/locale.ts';

/** The session cookie of the current request, and how to set or clear it on the response. */
export type SessionCookie = {
  readonly token: string | undefined;
  /**
   * Sets the cookie. It carries no expiry of its own: the server enforces the sliding 12-hour
   * expiry, and the browser drops the cookie when it closes.
   */
  issue(token: string): void;
  clear(): void;
};

/** The outcome of one sign-in attempt's rate check. */
export type LoginRate = { readonly allowed: boolean; readonly retryAfterSeconds: number };

/** The sign-in limits for the current request's client. */
export type LoginLimit = {
  /** Checks this client's failed sign-ins and counts an attempt for (client IP, username). */
  check(username: string): Promise<LoginRate>;
  /** Counts a failed sign-in against this client. */
  failed(): void;
};

/** What every procedure receives. */
export type Context = {
  readonly db: Kysely<BatonDatabase>;
  readonly dialect: SqlDialect;
  readonly engine: Engine;
  readonly user: SessionUser | null;
  readonly locale: Locale;
  readonly logger: FastifyBaseLogger;
  /** The request's Origin header (null when absent); the CSRF guard already checked it. */
  readonly requestOrigin: string | null;
  readonly now: () => Date;
  /** Development only: the stacks of server bugs go to the client. */
  readonly exposeStacks: boolean;
  readonly session: SessionCookie;
  /** The JSON text of the call's input as sent (POST body or `?input=`), to locate errors. */
  readonly requestJson: () => string | undefined;
  /** Sign-in limits: 10 attempts a minute per client and username, 30 failures per client. */
  readonly loginLimit: LoginLimit;
};

/** What the app shares with every request's context. */
export type ContextDeps = {
  readonly db: Kysely<BatonDatabase>;
  readonly dialect: SqlDialect;
  readonly engine: Engine;
  readonly now: () => Date;
  readonly exposeStacks: boolean;
  readonly loginLimiter: {
    check(request: FastifyRequest, username: string): Promise<LoginRate>;
    failed(request: FastifyRequest): void;
  };
};

/** Builds the tRPC `createContext` for the Fastify adapter. */
export function contextFactory(deps: ContextDeps) {
  return async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const token = req.cookies[SESSION_COOKIE];
    const user = token ? await resolveSession(deps.db, token, deps.now()) : null;
    const secure = req.protocol === 'https';

    return {
      db: deps.db,
      dialect: deps.dialect,
      engine: deps.engine,
      user,
      locale: detectLocale({
        cookies: req.cookies,
        acceptLanguage: req.headers['accept-language'],
      }),
      logger: req.log,
      requestOrigin: req.headers.origin ?? null,
      now: deps.now,
      exposeStacks: deps.exposeStacks,
      session: {
        token,
        issue(value) {
          void res.setCookie(SESSION_COOKIE, value, cookieOptions(secure));
        },
        clear() {
          void res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
        },
      },
      requestJson: () => requestJson(req),
      loginLimit: {
        check: (username) => deps.loginLimiter.check(req, username),
        failed: () => deps.loginLimiter.failed(req),
      },
    };
  };
}

function requestJson(req: FastifyRequest): string | undefined {
  if (req.method !== 'GET') return typeof req.body === 'string' ? req.body : undefined;

  return new URL(req.url, 'http://baton.invalid').searchParams.get('input') ?? undefined;
}

function cookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' } as const;
}
