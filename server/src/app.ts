import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import { createEngine, type StorageHandle } from '@baton/runtime/storage';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { contextFactory } from './context.ts';
import { openConfiguredDatabase } from './database.ts';
import { MAX_BATCH_SIZE, registerBatchGuard } from './http/batch-guard.ts';
import { registerAttachments } from './http/attachments.ts';
import { registerCsrfGuard } from './http/csrf.ts';
import { DEFAULT_DESIGNER_DIR, registerDesigner } from './http/designer.ts';
import { registerHealth } from './http/health.ts';
import { registerHostGuard } from './http/host-guard.ts';
import { loginLimiter } from './http/login-rate.ts';
import { BODY_LIMIT_BYTES, MAX_PARAM_LENGTH, replyToRequestError } from './http/request-errors.ts';
import { registerSecurityHeaders } from './http/security.ts';
import { createLogger } from './logger.ts';
import { appRouter, type AppRouter } from './router.ts';
import { startTimerLoop, type Scheduler, type TimerLoop } from './timers/timer-loop.ts';

/** Where the API lives. */
export const TRPC_PREFIX = '/trpc';
const TRPC_ROUTE = `${TRPC_PREFIX}/:path`;
/** Where plain HTTP routes live (files), beside the tRPC API. */
const HTTP_PREFIX = '/api';

export type BuildAppOptions = {
  readonly config: Config;
  /** An open, migrated database. Without it the app opens the configured one and closes it. */
  readonly database?: StorageHandle | undefined;
  /** The clock for sessions and the engine (default: the system clock). */
  readonly now?: (() => Date) | undefined;
  /** A pino logger (default: one at the configured level). */
  readonly logger?: Logger | undefined;
  /** The built designer (default: `designer/dist` of this checkout). */
  readonly designerDir?: string | undefined;
  /**
   * When the timer loop's passes run (default: `setTimeout` every `config.timerPollMs`). Tests
   * pass a scheduler that keeps the pass and run it themselves, with a fake clock.
   */
  readonly scheduleTimers?: Scheduler | undefined;
  /**
   * When the timer loop starts: once the server listens (default), so that a server that could
   * not bind its port never runs timers; or when the app is ready, for tests that only `inject`.
   */
  readonly startTimersOn?: 'listen' | 'ready' | undefined;
};

/**
 * Builds the HTTP server: security headers, cookies, the Host, batch and CSRF guards, `/healthz`,
 * the tRPC API under `/trpc` and the designer, and the timer loop (reminders, timeouts, delays;
 * see `startTimerLoop`), started once `listen` succeeded (see `startTimersOn`) and stopped when
 * the app closes. Not listening yet: call `listen`, or `inject` in tests.
 *
 * @example
 * const app = await buildApp({ config: loadConfig(), database });
 * await app.listen({ port: 0, host: '127.0.0.1' });
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  const owned = options.database ? undefined : await openConfiguredDatabase(config);
  const database = options.database ?? owned;
  if (!database) throw new Error('no database');

  const logger: FastifyBaseLogger = options.logger ?? createLogger(config);
  const app = Fastify({
    loggerInstance: logger,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    trustProxy: config.trustProxy,
    frameworkErrors: replyToRequestError,
  });
  app.setErrorHandler(replyToRequestError);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  if (owned) app.addHook('onClose', () => owned.close());

  await app.register(fastifyCookie);
  await registerSecurityHeaders(app);
  await app.register(fastifyRateLimit, { global: false });
  registerHostGuard(app, {
    trpcRoute: TRPC_ROUTE,
    httpPrefix: HTTP_PREFIX,
    configured: config.allowedHosts,
    host: config.host,
    port: config.port,
  });
  registerBatchGuard(app, TRPC_ROUTE);
  registerCsrfGuard(app, TRPC_PREFIX);
  registerHealth(app, database);

  const engine = createEngine({ db: database.db, dialect: database.dialect, now });
  const trpcOptions: FastifyTRPCPluginOptions<AppRouter>['trpcOptions'] = {
    router: appRouter,
    createContext: contextFactory({
      ...database,
      engine,
      now,
      exposeStacks: config.nodeEnv === 'development',
      loginLimiter: loginLimiter(app),
    }),
    maxBatchSize: MAX_BATCH_SIZE,
    onError({ error, path, req }) {
      if (error.code === 'INTERNAL_SERVER_ERROR') req.log.error({ err: error, path }, 'api bug');
      else req.log.debug({ code: error.code, path, message: error.message }, 'api refused');
    },
  };
  await app.register(fastifyTRPCPlugin, { prefix: TRPC_PREFIX, trpcOptions });
  await registerAttachments(app, { db: database.db, engine, now });
  await registerDesigner(app, {
    dir: options.designerDir ?? DEFAULT_DESIGNER_DIR,
    apiPrefixes: [TRPC_PREFIX, HTTP_PREFIX, '/healthz'],
  });
  let timers: TimerLoop | undefined;
  const startTimers = async () => {
    timers ??= startTimerLoop({
      engine,
      database,
      now,
      logger,
      pollMs: config.timerPollMs,
      owner: `server-${randomUUID()}`,
      schedule: options.scheduleTimers,
    });
  };
  if (options.startTimersOn === 'ready') app.addHook('onReady', startTimers);
  else app.addHook('onListen', startTimers);
  // Before the database closes (an onClose hook): no pass may start or still run by then.
  app.addHook('preClose', async () => {
    await timers?.stop();
  });

  return app;
}
