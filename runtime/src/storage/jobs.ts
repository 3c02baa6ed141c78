import { BatonError } from '@baton/schemas';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { StorageHandle } from './database.ts';
import { storageError } from './errors.ts';
import { parseJsonColumn } from './json-column.ts';
import { deliverNotification } from './notifications-delivery.ts';
import type { BatonDatabase, JobTable } from './schema.ts';
import { writeTransaction } from './transaction.ts';

export const JobStatus = z.enum(['pending', 'running', 'done', 'failed']);
export type JobStatus = z.infer<typeof JobStatus>;

/** A job handed to a worker. Pass `fencingToken` back to complete or fail it. */
export type ClaimedJob = {
  readonly id: string;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  /** When the job came due (claims take the earliest first). */
  readonly runAt: string;
  readonly attempts: number;
  readonly fencingToken: number;
  readonly leaseUntil: string;
  /** Derived from what enqueued it: pass it to every outbound call (at-least-once delivery). */
  readonly idempotencyKey: string | null;
};

export type ClaimOptions = {
  /** Who claims: stored on the job for operators. */
  owner: string;
  limit: number;
  /** How long the claim holds; after that another worker may claim the job again. */
  leaseMs: number;
  /** Only these kinds (default: every kind). */
  kinds?: readonly string[] | undefined;
};

export type JobQueue = {
  /**
   * Claims up to `limit` due jobs: pending ones whose `run_at` has come and running ones whose
   * lease ran out. Each claim bumps the job's fencing token, so a worker that lost its lease can
   * no longer complete the job. Concurrent claimers never receive the same job (PostgreSQL:
   * `FOR UPDATE SKIP LOCKED`; SQLite: one immediate write transaction at a time).
   */
  claimJobs(options: ClaimOptions): Promise<ClaimedJob[]>;
  /** Marks the job done; throws `storage.job-lease-lost` when `fencingToken` is not current. */
  completeJob(id: string, fencingToken: number): Promise<void>;
  /**
   * Gives the job back to run again after `retryInMs`, or marks it `failed` once it has been
   * attempted `maxAttempts` times (default 10). Same fencing rule as `completeJob`.
   */
  failJob(
    id: string,
    fencingToken: number,
    options: { retryInMs: number; maxAttempts?: number },
  ): Promise<JobStatus>;
};

const Payload = z.record(z.string(), z.unknown());

function claimed(row: Selectable<JobTable>): ClaimedJob {
  return {
    id: row.id,
    kind: row.kind,
    payload: parseJsonColumn(Payload, row.payload, { table: 'jobs', id: row.id }),
    runAt: row.run_at,
    attempts: row.attempts,
    fencingToken: row.fencing_token,
    leaseUntil: row.lease_until ?? '',
    idempotencyKey: row.idempotency_key,
  };
}

/** The job queue in Baton's database. `now` is the clock (default: the system clock). */
export function createJobQueue(
  handle: StorageHandle,
  now: () => Date = () => new Date(),
): JobQueue {
  return {
    claimJobs: (options) => claimJobs(handle, now(), options),
    completeJob: (id, token) =>
      writeTransaction(handle, (trx) => finishJob(trx, { id, token, status: 'done' })),
    failJob: (id, token, options) =>
      writeTransaction(handle, async (trx) => {
        const job = await trx
          .selectFrom('jobs')
          .select('attempts')
          .where('id', '=', id)
          .executeTakeFirst();
        const exhausted = (job?.attempts ?? 0) >= (options.maxAttempts ?? 10);
        const status = exhausted ? 'failed' : 'pending';
        const runAt = new Date(now().getTime() + options.retryInMs).toISOString();
        await finishJob(trx, { id, token, status, runAt });

        return status;
      }),
  };
}

async function claimJobs(handle: StorageHandle, at: Date, options: ClaimOptions) {
  const nowIso = at.toISOString();
  const leaseUntil = new Date(at.getTime() + options.leaseMs).toISOString();
  const rows = await writeTransaction(handle, (trx) =>
    trx
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        lease_owner: options.owner,
        lease_until: leaseUntil,
        fencing_token: eb('fencing_token', '+', 1),
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', (eb) => {
        let due = eb
          .selectFrom('jobs as due')
          .select('due.id')
          .where((w) =>
            w.or([
              w.and([w('due.status', '=', 'pending'), w('due.run_at', '<=', nowIso)]),
              w.and([w('due.status', '=', 'running'), w('due.lease_until', '<', nowIso)]),
            ]),
          )
          .orderBy('due.run_at')
          .limit(options.limit);
        if (options.kinds) due = due.where('due.kind', 'in', [...options.kinds]);

        return handle.dialect === 'postgres' ? due.forUpdate().skipLocked() : due;
      })
      .returningAll()
      .execute(),
  );

  // RETURNING gives the rows in no promised order: hand them out earliest first.
  return rows.map(claimed).sort((a, b) => compare(a.runAt, b.runAt) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Finish = { id: string; token: number; status: JobStatus; runAt?: string };

async function finishJob(trx: Kysely<BatonDatabase>, finish: Finish): Promise<void> {
  const result = await trx
    .updateTable('jobs')
    .set({
      status: finish.status,
      lease_owner: null,
      lease_until: null,
      ...(finish.runAt === undefined ? {} : { run_at: finish.runAt }),
    })
    .where('id', '=', finish.id)
    .where('status', '=', 'running')
    .where('fencing_token', '=', finish.token)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n)
    throw storageError('storage.job-lease-lost', { jobId: finish.id, fencingToken: finish.token });
}

export type NotificationWorkerOptions = StorageHandle & {
  owner: string;
  now?: (() => Date) | undefined;
  limit?: number | undefined;
  leaseMs?: number | undefined;
  /** Told about a job whose delivery failed (it is retried a minute later). Default: nothing. */
  onError?: ((job: ClaimedJob, error: unknown) => void) | undefined;
};

const DELIVERY_RETRY_MS = 60_000;

/**
 * One pass of the notification worker: claims due `notify` jobs and delivers each to the in-app
 * notifications of the people it names (the bell), in the transaction that completes the job
 * with its fencing token: a worker that lost its lease delivers nothing, and a job run twice
 * delivers once. A job that fails is retried later and does not stop the others. Returns how
 * many jobs it completed; the caller (the timer loop, `baton worker`) decides how often to run.
 *
 * Only in-app delivery exists: no email and no IM webhook is sent.
 */
export async function runNotificationWorker(options: NotificationWorkerOptions): Promise<number> {
  const now = options.now ?? (() => new Date());
  const queue = createJobQueue(options, now);
  const jobs = await queue.claimJobs({
    owner: options.owner,
    limit: options.limit ?? 50,
    leaseMs: options.leaseMs ?? 30_000,
    kinds: ['notify'],
  });
  let completed = 0;
  for (const job of jobs) {
    try {
      if (await deliverNotifyJob(options, job, now())) completed += 1;
    } catch (error) {
      options.onError?.(job, error);
      await queue
        .failJob(job.id, job.fencingToken, { retryInMs: DELIVERY_RETRY_MS })
        .catch(() => undefined); // The lease ran out meanwhile: the job comes back on its own.
    }
  }

  return completed;
}

/**
 * @internal Delivers one claimed `notify` job and completes it in one transaction. False, with
 * nothing delivered, when the job's fencing token is no longer current (another worker claimed
 * it after this one's lease ran out: it is theirs to deliver).
 */
export async function deliverNotifyJob(
  handle: StorageHandle,
  job: ClaimedJob,
  at: Date,
): Promise<boolean> {
  try {
    await writeTransaction(handle, async (trx) => {
      await deliverNotification(trx, job, at.toISOString());
      await finishJob(trx, { id: job.id, token: job.fencingToken, status: 'done' });
    });

    return true;
  } catch (error) {
    if (isLeaseLost(error)) return false;
    throw error;
  }
}

function isLeaseLost(error: unknown): boolean {
  return error instanceof BatonError && error.code === 'storage.job-lease-lost';
}
