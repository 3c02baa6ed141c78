import type { FastifyInstance, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import { parseHostPort, type HostPort } from '../config-network.ts';
import { fail } from '../messages.ts';
import { procedureCall } from './procedure-paths.ts';
import { replyWithTRPCError } from './trpc-error-reply.ts';

/** The names the server answers under by default, besides its configured HOST. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** `[::1]` for an IPv6 address, the name itself otherwise. */
function bracketed(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * The allowed `name[:port]` entries: the configured list, or HOST, localhost, 127.0.0.1 and
 * [::1] on `port` (the port actually bound, which differs from PORT when PORT is 0).
 */
export function allowedHostsFor(options: {
  configured: readonly string[] | undefined;
  host: string;
  port: number;
}): HostPort[] {
  const entries =
    options.configured ??
    [bracketed(options.host), ...LOOPBACK_NAMES].map((name) => `${name}:${options.port}`);

  return entries.flatMap((entry) => parseHostPort(entry) ?? []);
}

/** True when the request's host (with the protocol's default port) is one of `allowed`. */
export function hostAllowed(request: FastifyRequest, allowed: readonly HostPort[]): boolean {
  const claimed = parseHostPort(request.host ?? '');
  if (!claimed) return false;
  const port = claimed.port ?? (request.protocol === 'https' ? 443 : 80);

  return allowed.some(
    (entry) => entry.name === claimed.name && (entry.port === undefined || entry.port === port),
  );
}

/** API requests that carry or create a session: what DNS rebinding would abuse. */
function usesSession(
  request: FastifyRequest,
  routes: { trpcRoute: string; httpPrefix: string },
): boolean {
  if (request.url.startsWith(`${routes.httpPrefix}/`))
    return request.cookies[SESSION_COOKIE] !== undefined;
  const call = procedureCall(request, routes.trpcRoute);
  if (!call) return false;

  return request.cookies[SESSION_COOKIE] !== undefined || call.paths.includes('auth.login');
}

/**
 * DNS-rebinding defence for the API at `trpcRoute` and the plain HTTP routes under
 * `httpPrefix` (files): a request that carries the session cookie (or signs in) must name an
 * allowed host in its Host header (X-Forwarded-Host behind a trusted proxy); others get 403
 * `http.host-not-allowed`. A page on another name that resolves to this server cannot then use
 * or create a session.
 */
export function registerHostGuard(
  app: FastifyInstance,
  options: {
    trpcRoute: string;
    httpPrefix: string;
    configured: readonly string[] | undefined;
    host: string;
    port: number;
  },
): void {
  const allowed = (): HostPort[] => {
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : options.port;

    return allowedHostsFor({ ...options, port });
  };
  app.addHook('onRequest', async (request, reply) => {
    if (!usesSession(request, options) || hostAllowed(request, allowed())) return;
    request.log.warn({ host: request.host }, 'request for a host name not allowed refused');

    return replyWithTRPCError(request, reply, { error: fail('http.host-not-allowed') });
  });
}
