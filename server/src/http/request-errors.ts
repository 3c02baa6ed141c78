import type { BatonError } from '@baton/schemas';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fail } from '../messages.ts';
import { replyWithTRPCError } from './trpc-error-reply.ts';

/** The largest request body the server reads (a flow bundle is tens of kilobytes). */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const BODY_LIMIT_TEXT = '2 MB';

/** The longest route parameter (the tRPC path list of a batch) before 414. */
export const MAX_PARAM_LENGTH = 1000;

function batonErrorFor(status: number): BatonError {
  if (status === 413) return fail('request.too-large', { limit: BODY_LIMIT_TEXT });
  if (status === 414) return fail('request.url-too-long');
  if (status === 415) return fail('http.json-required');
  if (status >= 400 && status < 500) return fail('request.malformed');

  return fail('server.internal');
}

/**
 * Errors Fastify raises itself before a route runs (body too large, URL too long, bad
 * content length, undecodable URL) and anything a plain route throws, answered in the tRPC
 * error shape with a translated message, as `frameworkErrors` and the error handler. Fastify's
 * own messages are never sent: some of them repeat the URL.
 */
export function replyToRequestError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  else request.log.info({ code: error.code, status }, 'request refused');
  const baton = batonErrorFor(status);
  const httpStatus = status >= 500 ? 500 : status;

  return replyWithTRPCError(request, reply, { error: baton, httpStatus });
}
