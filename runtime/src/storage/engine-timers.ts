import { BatonError } from '@baton/schemas';
import { Effect, SYSTEM_ACTOR } from '../core/types.ts';
import { runtimeMessages } from '../messages.ts';
import { runCommand, type RunnerContext } from './command-runner.ts';
import { loadInstanceTarget, type FlowLoader } from './command-target.ts';
import { idempotencyOf } from './idempotency.ts';
import { createJobQueue, type ClaimedJob } from './jobs.ts';

export type TimerRunOptions = {
  /** Who claims: stored on the jobs for operators (e.g. the worker's host and pid). */
  owner: string;
  /** Most timers handled in this pass (default 50). */
  limit?: number | undefined;
  /** How long a claim holds before another worker may take the job (default 60 s). */
  leaseMs?: number | undefined;
};

type Deps = { ctx: RunnerContext; loadFlow: FlowLoader };
type Outcome = 'done' | 'retry';

const MAX_RETRY_MS = 3_600_000;

/**
 * One pass of the timer worker: claims due `timer` jobs (earliest first), runs the core's
 * `timer` command for each as `SYSTEM_ACTOR` and completes the job. Returns how many jobs it
 * completed.
 *
 * - The command's idempotency key is the job's id, so a job run again after its worker lost the
 *   lease replays the first result instead of acting twice.
 * - A timer that finds its task or token moved on (decided, transferred, the request ended)
 *   changes nothing and writes nothing; a refusal of the core (or a request that is gone)
 *   completes the job as well: there is nothing to retry.
 * - Anything else (the database down, retries exhausted, a bug) gives the job back to run again
 *   later, with a growing delay, until the queue marks it failed.
 */
export async function runDueTimers(deps: Deps, options: TimerRunOptions): Promise<number> {
  const queue = createJobQueue(deps.ctx, deps.ctx.now);
  const jobs = await queue.claimJobs({
    owner: options.owner,
    limit: options.limit ?? 50,
    leaseMs: options.leaseMs ?? 60_000,
    kinds: ['timer'],
  });
  let completed = 0;
  for (const job of jobs) {
    const outcome = await fire(deps, job);
    try {
      if (outcome === 'done') {
        await queue.completeJob(job.id, job.fencingToken);
        completed += 1;
      } else {
        const retryInMs = Math.min(MAX_RETRY_MS, 30_000 * 2 ** (job.attempts - 1));
        await queue.failJob(job.id, job.fencingToken, { retryInMs });
      }
    } catch (error) {
      // Another worker claimed the job after this claim's lease ran out: it finishes the job
      // (and replays this run's result through the idempotency key).
      if (!(error instanceof BatonError && error.code === 'storage.job-lease-lost')) throw error;
    }
  }

  return completed;
}

async function fire(deps: Deps, job: ClaimedJob): Promise<Outcome> {
  const { ctx, loadFlow } = deps;
  const effect = Effect.safeParse(job.payload);
  if (!effect.success || effect.data.type !== 'timer') return 'retry';
  const { instanceId, timer } = effect.data;
  const key = { idempotencyKey: `timer-job:${job.id}`, instanceId, timer };
  try {
    await runCommand(ctx, {
      type: 'timer',
      actorId: SYSTEM_ACTOR,
      idempotency: idempotencyOf(key),
      load: ({ db, lock }) =>
        loadInstanceTarget(db, instanceId, { lock, loadFlow, states: ctx.states }),
      command: () => ({ type: 'timer', actorId: SYSTEM_ACTOR, timer }),
    });

    return 'done';
  } catch (error) {
    return isRefusal(error) ? 'done' : 'retry';
  }
}

/**
 * The core said no (its catalogue, bugs aside), or the request is gone: running again changes
 * nothing.
 */
function isRefusal(error: unknown): boolean {
  if (!(error instanceof BatonError)) return false;

  if (error.code === 'storage.instance-not-found') return true;

  return Object.hasOwn(runtimeMessages, error.code) && error.kind !== 'bug';
}
