import type { FastifyInstance, FastifyRequest } from 'fastify';
import { detectLocale } from '../errors/locale.ts';
import { fail } from '../messages.ts';
import { replyWithTRPCError } from './trpc-error-reply.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originHost(value: string | undefined): string | undefined | null {
  if (value === undefined) return undefined;
  try {
    return new URL(value).host;
  } catch {
    // `Origin: null` (sandboxed frames, some redirects) or garbage: treat as foreign.
    return null;
  }
}

/** The host the browser says the request came from, `undefined` when it says nothing. */
function claimedHost(request: FastifyRequest): string | undefined | null {
  const origin = request.headers.origin;
  if (origin !== undefined) return originHost(origin);

  return originHost(request.headers.referer);
}

/**
 * True when the browser says the request came from another site: its Origin (else Referer)
 * names a host other than this server's. Clients that name none are not taken as foreign.
 */
export function isCrossOrigin(request: FastifyRequest): boolean {
  const claimed = claimedHost(request);
  // Through URL as well, so `host:80` and `host` (default port) compare equal.
  const own = originHost(`${request.protocol}://${request.host}`);

  return claimed !== undefined && claimed !== own;
}

/**
 * CSRF defence for the API under `prefix`:
 * - a request that changes data must be `application/json` (HTML forms cannot send that, and a
 *   cross-site fetch with it needs a CORS preflight that Baton never grants);
 * - when the browser names where the request came from (Origin, else Referer), its host must be
 *   this server's own host. Clients that send neither (scripts, tests) are not browsers acting
 *   for someone else; the SameSite=Lax session cookie covers the rest.
 */
export function registerCsrfGuard(app: FastifyInstance, prefix: string): void {
  app.addHook('onRequest', async (request, reply) => {
    if (SAFE_METHODS.has(request.method) || !request.url.startsWith(`${prefix}/`)) return;
    const locale = detectLocale({
      cookies: request.cookies,
      acceptLanguage: request.headers['accept-language'],
    });

    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      return replyWithTRPCError(request, reply, { error: fail('http.json-required'), locale });
    }
    if (isCrossOrigin(request)) {
      request.log.warn(
        { origin: request.headers.origin, referer: request.headers.referer },
        'cross-origin mutation refused',
      );

      return replyWithTRPCError(request, reply, { error: fail('http.cross-origin'), locale });
    }
  });
}
