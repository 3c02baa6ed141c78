import { migrateToLatest, openDatabase } from '@baton/runtime/storage';
import type { Logger } from 'pino';
import { buildApp } from '../app.ts';
import { purgeExpiredSessions } from '../auth/sessions.ts';
import { loadConfig, sqlitePath, type Config } from '../config.ts';
import { openConfiguredDatabase } from '../database.ts';
import { createLogger } from '../logger.ts';
import { seedDemo } from '../seed.ts';
import { validateFile, type Output } from './validate.ts';
import { runWorker } from './worker.ts';

const USAGE = `usage: baton <command>

  serve                 migrate, seed the demo data on first start, serve the API and designer
  worker                run due timers (reminders, timeouts, delays) and notifications only
  migrate               apply pending database migrations
  seed                  migrate, then seed the demo org and templates if missing
  validate <file.json>  check a flow bundle file; exit code 1 on errors

configuration (environment): PORT (3000), HOST (127.0.0.1), BATON_DATA_DIR (./.data),
DATABASE_URL (PostgreSQL instead of SQLite), BATON_LOG_LEVEL (info), NODE_ENV (production),
BATON_TRUST_PROXY (false), BATON_ALLOWED_HOSTS (HOST, localhost, 127.0.0.1, [::1] on the port),
BATON_TIMER_POLL_MS (5000; 0: the server runs no timers, a separate worker does)
`;

export type CliIo = {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env?: NodeJS.ProcessEnv;
};

/** Runs one CLI command and resolves to its exit code (`serve` resolves once it is stopped). */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'validate') {
    if (rest[0] === undefined) return usage(io);

    return validateFile(rest[0], io.stdout);
  }
  if (!['serve', 'worker', 'migrate', 'seed'].includes(command ?? '')) return usage(io);

  const config = loadConfig(io.env ?? process.env);
  const logger = createLogger(config);
  if (command === 'migrate') return migrate(config, logger);
  if (command === 'seed') return seed(config, logger);
  if (command === 'worker') return runWorker(config, logger);

  return serve(config, logger);
}

function usage(io: CliIo): number {
  io.stderr.write(USAGE);

  return 2;
}

async function migrate(config: Config, logger: Logger): Promise<number> {
  const handle = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { sqlitePath: sqlitePath(config) },
  );
  try {
    const applied = await migrateToLatest(handle.db);
    logger.info({ applied, database: handle.dialect }, 'migrations applied');
  } finally {
    await handle.close();
  }

  return 0;
}

async function seed(config: Config, logger: Logger): Promise<number> {
  const handle = await openConfiguredDatabase(config);
  try {
    const result = await seedDemo(handle);
    logger.info({ ...result, database: handle.dialect }, 'seed done');
  } finally {
    await handle.close();
  }

  return 0;
}

/**
 * `baton serve`: until SIGINT or SIGTERM (0). When the port cannot be bound (taken, not
 * allowed) it logs why, closes the app and the database, and resolves to 1: nothing keeps
 * running, the timer loop never started (it starts once the server listens).
 */
async function serve(config: Config, logger: Logger): Promise<number> {
  const database = await openConfiguredDatabase(config);
  try {
    await purgeExpiredSessions(database.db, new Date());
    const seeded = await seedDemo(database);
    const wrote = seeded.orgSeeded || seeded.masterDataSeeded || seeded.published.length > 0;
    if (wrote) logger.info(seeded, 'demo data seeded');
    const app = await buildApp({ config, database, logger });
    try {
      const url = await app.listen({ port: config.port, host: config.host });
      logger.info({ url, database: database.dialect, dataDir: config.dataDir }, 'baton listening');
    } catch (err) {
      logger.error({ err, host: config.host, port: config.port }, 'baton could not listen');
      await app.close();

      return 1;
    }
    await signalled(logger);
    await app.close();
  } finally {
    await database.close();
  }

  return 0;
}

function signalled(logger: Logger): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
