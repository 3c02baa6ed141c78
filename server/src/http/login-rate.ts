import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { LoginRate } from '../context.ts';

/** Sign-in attempts allowed per client IP and username in one window. */
export const LOGIN_ATTEMPTS_PER_MINUTE = 10;

/** Failed sign-ins allowed per client IP, whatever the usernames, in one window. */
export const LOGIN_FAILURES_PER_IP_PER_MINUTE = 30;

const WINDOW_MS = 60_000;

/** What the login procedure needs: one check before the password work, one report after. */
export type LoginLimiter = {
  /** Checks the client's failed sign-ins and counts an attempt for (client IP, username). */
  check(request: FastifyRequest, username: string): Promise<LoginRate>;
  /** Counts a failed sign-in against the client IP. */
  failed(request: FastifyRequest): void;
};

type Window = { count: number; resetAt: number };

/**
 * Failed sign-ins per client IP in fixed one-minute windows, in memory (each server process
 * counts its own). Stops password spraying: many usernames, one password each.
 */
function failureCounter(now: () => number) {
  const windows = new Map<string, Window>();
  const current = (ip: string): Window | undefined => {
    const window = windows.get(ip);
    if (window && window.resetAt <= now()) {
      windows.delete(ip);

      return undefined;
    }

    return window;
  };
  const prune = () => {
    if (windows.size < 10_000) return;
    for (const [ip, window] of windows) if (window.resetAt <= now()) windows.delete(ip);
  };

  return {
    limited(ip: string): LoginRate {
      const window = current(ip);
      if (!window || window.count < LOGIN_FAILURES_PER_IP_PER_MINUTE) {
        return { allowed: true, retryAfterSeconds: 0 };
      }

      return { allowed: false, retryAfterSeconds: Math.ceil((window.resetAt - now()) / 1000) };
    },
    add(ip: string): void {
      prune();
      const window = current(ip) ?? { count: 0, resetAt: now() + WINDOW_MS };
      window.count += 1;
      windows.set(ip, window);
    },
  };
}

/**
 * Sign-in limits: attempts per client IP and username (on @fastify/rate-limit's store, which
 * must be registered) and failures per client IP. The username is known only once tRPC has
 * parsed the input, so the login procedure calls this instead of a route hook.
 */
export function loginLimiter(app: FastifyInstance, now: () => number = Date.now): LoginLimiter {
  const keys = new WeakMap<FastifyRequest, string>();
  const perUser = app.createRateLimit({
    max: LOGIN_ATTEMPTS_PER_MINUTE,
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => keys.get(request) ?? request.ip,
  });
  const failures = failureCounter(now);

  return {
    async check(request, username) {
      const perIp = failures.limited(request.ip);
      if (!perIp.allowed) return perIp;
      keys.set(request, `login:${request.ip}:${username}`);
      const result = await perUser(request);
      if (result.isAllowed) return { allowed: true, retryAfterSeconds: 0 };

      return { allowed: !result.isExceeded, retryAfterSeconds: result.ttlInSeconds };
    },
    failed(request) {
      failures.add(request.ip);
    },
  };
}
