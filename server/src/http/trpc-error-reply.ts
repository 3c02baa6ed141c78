import type { BatonError, Locale } from '@baton/schemas';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatError, trpcCodeFor } from '../errors/format.ts';
import { detectLocale } from '../errors/locale.ts';

/**
 * The caller's language for a request, also before @fastify/cookie has parsed its cookies (for
 * errors Fastify raises while routing, the cookie hook has not run).
 */
export function requestLocale(request: FastifyRequest): Locale {
  const header = request.headers.cookie;
  const cookies = request.cookies ?? (header ? request.server.parseCookie(header) : {});

  return detectLocale({ cookies, acceptLanguage: request.headers['accept-language'] });
}

/**
 * Answers a request to the tRPC endpoint from a Fastify hook or error handler with a tRPC error
 * in the shape the procedures use, so the client shows the translated message. The request's URL
 * is never echoed. A batched request gets one error object, which tRPC's batch link hands to
 * every call of the batch.
 */
export function replyWithTRPCError(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { error: BatonError; locale?: Locale; httpStatus?: number },
): FastifyReply {
  const error = new TRPCError({
    code: trpcCodeFor(options.error),
    message: options.error.message,
    cause: options.error,
  });
  const httpStatus = options.httpStatus ?? getHTTPStatusCodeFromError(error);
  const shape = formatError({
    shape: {
      message: error.message,
      code: TRPC_ERROR_CODES_BY_KEY[error.code],
      data: { code: error.code, httpStatus },
    },
    error,
    locale: options.locale ?? requestLocale(request),
    isDev: false,
    path: undefined,
  });

  return reply.code(httpStatus).type('application/json').send({ error: shape });
}
