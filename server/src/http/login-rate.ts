import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LoginRate } from '../context.ts';

/** Sign-in attempts allowed per client IP and username in one window. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;

/**
 * A counter of sign-in attempts keyed by client IP and username, on @fastify/rate-limit's store
 * (which must be registered). The username is known only once tRPC has parsed the input, so the
 * login procedure calls this instead of a route hook.
 */
export function loginRateCounter(
  app: FastifyInstance,
): (request: FastifyRequest, username: string) => Promise<LoginRate> {
  const keys = new WeakMap<FastifyRequest, string>();
  const check = app.createRateLimit({
    max: LOGIN_ATTEMPTS_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request) => keys.get(request) ?? request.ip,
  });

  return async (request, username) => {
    keys.set(request, `login:${request.ip}:${username}`);
    const result = await check(request);
    if (result.isAllowed) return { allowed: true, retryAfterSeconds: 0 };

    return { allowed: !result.isExceeded, retryAfterSeconds: result.ttlInSeconds };
  };
}
