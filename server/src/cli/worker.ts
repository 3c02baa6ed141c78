import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createEngine } from '@baton/runtime/storage';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { openConfiguredDatabase } from '../database.ts';
import { startTimerLoop } from '../timers/timer-loop.ts';

/** The worker's interval when the servers' loop is off (`BATON_TIMER_POLL_MS=0`). */
const DEFAULT_WORKER_POLL_MS = 5000;

/**
 * `baton worker`: runs due timers and notifications in a loop, without serving the API, until
 * SIGINT or SIGTERM. Several workers (and servers) may share one PostgreSQL database: each job
 * is claimed by one of them at a time.
 */
export async function runWorker(config: Config, logger: Logger): Promise<number> {
  const database = await openConfiguredDatabase(config);
  const engine = createEngine({ db: database.db, dialect: database.dialect });
  const pollMs = config.timerPollMs > 0 ? config.timerPollMs : DEFAULT_WORKER_POLL_MS;
  const owner = `worker-${hostname()}-${randomUUID()}`;
  const loop = startTimerLoop({ engine, database, now: () => new Date(), logger, pollMs, owner });
  logger.info({ owner, pollMs, database: database.dialect }, 'worker started');

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await loop.stop();
  await database.close();

  return 0;
}
