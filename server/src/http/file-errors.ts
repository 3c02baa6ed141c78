import { BatonError } from '@baton/schemas';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { translate } from '../errors/catalogue.ts';
import { isOperational, trpcCodeFor } from '../errors/format.ts';
import { fail } from '../messages.ts';
import { drainBody } from './body-drain.ts';
import { requestLocale } from './trpc-error-reply.ts';

/** Codes of the file routes whose HTTP status says more than their kind's. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  'attachment.too-large': 413,
  'storage.attachment-too-large': 413,
  'attachment.not-accepted': 415,
  'attachment.type-mismatch': 415,
  'attachment.busy': 429,
  'attachment.quota-files': 429,
  'attachment.quota-bytes': 413,
};

/** The HTTP status Fastify gave an error it raised (500 for anything else). */
function statusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null ? Reflect.get(error, 'statusCode') : 0;

  return typeof status === 'number' && status >= 400 ? status : 500;
}

/** The Baton error for anything a file route or Fastify threw (logged when it is a bug). */
function batonErrorOf(error: unknown, request: FastifyRequest): BatonError {
  if (error instanceof BatonError) return error;
  if (isOperational(error)) return fail('server.unavailable', {}, { cause: error });
  const status = statusOf(error);
  if (status === 413) return fail('request.too-large', { limit: '50 MB' });
  if (status >= 400 && status < 500) return fail('request.malformed');
  request.log.error({ err: error }, 'file request failed');

  return fail('server.internal');
}

/**
 * The error handler of the file routes: `{ code, message, issues? }` as JSON, the message in
 * the caller's language, the status from the code (401, 403, 404, 413, 415, 429, …). An upload
 * refused before its body was read is answered once the body is drained (see `drainBody`), so
 * a client still sending reads the answer rather than a reset connection.
 */
export async function replyWithFileError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const baton = batonErrorOf(error, request);
  const status =
    STATUS_BY_CODE[baton.code] ??
    getHTTPStatusCodeFromError(new TRPCError({ code: trpcCodeFor(baton) }));
  const message = translate(baton.code, baton.params, requestLocale(request)) ?? baton.message;
  const issues = baton.issues && baton.issues.length > 0 ? { issues: baton.issues } : {};
  if (status < 500) request.log.info({ code: baton.code, status }, 'file request refused');
  if (!(await drainBody(request.raw))) reply.header('connection', 'close');

  return reply
    .code(status)
    .type('application/json')
    .send({ code: baton.code, message, ...issues });
}
