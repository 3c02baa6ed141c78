import type { FastifyInstance } from 'fastify';
import { fail } from '../messages.ts';
import { procedureCall } from './procedure-paths.ts';
import { replyWithTRPCError } from './trpc-error-reply.ts';

/** Calls one batched HTTP request may carry (tRPC's batch link: set `maxItems` to this). */
export const MAX_BATCH_SIZE = 10;

/** Procedures that must travel alone: each costs a password hash, and batching them would
 * multiply that work per request. */
const UNBATCHED = new Set(['auth.login']);

/**
 * Bounds the work one HTTP request can ask for: at most `MAX_BATCH_SIZE` calls
 * (`request.batch-too-large`), and sign-in never batched with other calls
 * (`request.login-batched`). Refused before any call runs.
 */
export function registerBatchGuard(app: FastifyInstance, trpcRoute: string): void {
  app.addHook('onRequest', async (request, reply) => {
    const call = procedureCall(request, trpcRoute);
    if (!call?.batch) return;
    const count = call.paths.length;
    if (count > MAX_BATCH_SIZE) {
      const error = fail('request.batch-too-large', { max: MAX_BATCH_SIZE, count });

      return replyWithTRPCError(request, reply, { error });
    }
    if (count > 1 && call.paths.some((path) => UNBATCHED.has(path))) {
      return replyWithTRPCError(request, reply, { error: fail('request.login-batched') });
    }
  });
}
