import type { BatonError, Locale } from '@baton/schemas';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { formatError, trpcCodeFor } from '../errors/format.ts';

/**
 * Answers a request to the tRPC endpoint from a Fastify hook with a tRPC error in the same shape
 * the procedures use, so the client shows the translated message. Batched calls get an array.
 */
export function replyWithTRPCError(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { error: BatonError; locale: Locale },
): FastifyReply {
  const error = new TRPCError({
    code: trpcCodeFor(options.error),
    message: options.error.message,
    cause: options.error,
  });
  const httpStatus = getHTTPStatusCodeFromError(error);
  const shape = formatError({
    shape: {
      message: error.message,
      code: TRPC_ERROR_CODES_BY_KEY[error.code],
      data: { code: error.code, httpStatus },
    },
    error,
    locale: options.locale,
    isDev: false,
    path: undefined,
  });
  const query = request.query;
  const batched = typeof query === 'object' && query !== null && 'batch' in query;

  return reply.code(httpStatus).send(batched ? [{ error: shape }] : { error: shape });
}
