import type { FastifyRequest } from 'fastify';

export type ProcedureCall = { readonly paths: readonly string[]; readonly batch: boolean };

/**
 * The procedure paths a request to the tRPC route calls, read exactly as tRPC reads them (the
 * route parameter decoded once more, split on commas only for `?batch=1`); `undefined` when the
 * request is not for the tRPC route.
 */
export function procedureCall(
  request: FastifyRequest,
  trpcRoute: string,
): ProcedureCall | undefined {
  if (request.routeOptions.url !== trpcRoute) return undefined;
  const params = request.params as { path?: unknown } | undefined;
  const raw = typeof params?.path === 'string' ? params.path : '';
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    path = raw;
  }
  const batch = new URL(request.url, 'http://baton.invalid').searchParams.get('batch') === '1';

  return { paths: batch ? path.split(',') : [path], batch };
}
