import { runNotificationWorker, type Engine, type StorageHandle } from '@baton/runtime/storage';
import { deleteStaleUploads } from './stale-uploads.ts';

/** The part of a pino logger the loop writes to. */
export type LoopLogger = {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
};

/** Runs `pass` once after `ms`; the returned function cancels it if it has not started. */
export type Scheduler = (pass: () => Promise<void>, ms: number) => () => void;

export type TimerLoopOptions = {
  readonly engine: Pick<Engine, 'runDueTimers'>;
  readonly database: StorageHandle;
  readonly now: () => Date;
  readonly logger: LoopLogger;
  /** Milliseconds between the end of one pass and the start of the next; 0 starts nothing. */
  readonly pollMs: number;
  /** Who claims the jobs (one per process): the lease is taken in its name. */
  readonly owner: string;
  /** Default: `setTimeout`. Tests pass their own and run the passes themselves. */
  readonly schedule?: Scheduler | undefined;
};

/** What one pass did: timers run, notifications delivered, stale uploads deleted. */
export type PassResult = {
  readonly timers: number;
  readonly notifications: number;
  readonly uploads: number;
};

export type TimerLoop = {
  /**
   * One pass now: due timers (reminders, timeouts, delays), then due notifications, then uploads
   * left unsubmitted too long (see `deleteStaleUploads`).
   */
  pass(): Promise<PassResult>;
  /** Stops scheduling and waits for a pass that is running. Safe to call twice. */
  stop(): Promise<void>;
};

// Not unref'd: the pending pass keeps a `baton worker` process alive; `stop` clears it.
const realScheduler: Scheduler = (pass, ms) => {
  const handle = setTimeout(() => void pass(), ms);

  return () => clearTimeout(handle);
};

/**
 * Starts the loop that wakes requests whose timers came due, every `pollMs` (the server's
 * `BATON_TIMER_POLL_MS`, and `baton worker`). Passes never overlap: the next is scheduled when
 * one ends. A failed pass is logged and the loop goes on; the jobs it claimed come back when
 * their lease runs out.
 */
export function startTimerLoop(options: TimerLoopOptions): TimerLoop {
  const schedule = options.schedule ?? realScheduler;
  let stopped = options.pollMs <= 0;
  let cancel: (() => void) | undefined;
  let running: Promise<PassResult> | undefined;

  const pass = () => {
    running ??= runPass(options).finally(() => {
      running = undefined;
    });

    return running;
  };
  const next = () => {
    if (stopped) return;
    cancel = schedule(async () => {
      cancel = undefined;
      await pass().catch((err: unknown) => options.logger.error({ err }, 'timer pass failed'));
      next();
    }, options.pollMs);
  };
  next();

  return {
    pass,
    async stop() {
      stopped = true;
      cancel?.();
      cancel = undefined;
      await running?.catch(() => undefined);
    },
  };
}

async function runPass(options: TimerLoopOptions): Promise<PassResult> {
  const timers = await options.engine.runDueTimers({ owner: options.owner });
  const notifications = await runNotificationWorker({
    db: options.database.db,
    dialect: options.database.dialect,
    owner: options.owner,
    now: options.now,
    onError: (job, err) => options.logger.error({ err, jobId: job.id }, 'notification failed'),
  });
  const uploads = await deleteStaleUploads(options.database.db, options.now());
  if (timers > 0 || notifications > 0 || uploads > 0) {
    options.logger.info({ timers, notifications, uploads, owner: options.owner }, 'timers ran');
  }

  return { timers, notifications, uploads };
}
