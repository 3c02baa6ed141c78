import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from './engine.ts';
import { createJobQueue, runNotificationWorker, type ClaimedJob, type JobQueue } from './jobs.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, managerOnly, publishTestFlow, seedTestOrg } from './testing.ts';

const T0 = new Date('2026-01-05T09:00:00.000Z');

describe.each(testDatabases())('jobs on $name', (factory) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await factory.open();
  });
  afterAll(() => database?.close());

  async function enqueue(prefix: string, count: number, kind = 'test'): Promise<string[]> {
    const ids = Array.from(
      { length: count },
      (_, index) => `${prefix}-${String(index).padStart(3, '0')}`,
    );
    await database.db
      .insertInto('jobs')
      .values(
        ids.map((id) => ({
          id,
          kind,
          payload: JSON.stringify({ id }),
          run_at: T0.toISOString(),
          status: 'pending',
          attempts: 0,
          lease_owner: null,
          lease_until: null,
          fencing_token: 0,
          idempotency_key: `${kind}:${id}`,
          created_at: T0.toISOString(),
        })),
      )
      .execute();

    return ids;
  }

  async function drain(queue: JobQueue, owner: string, kinds: string[]): Promise<ClaimedJob[]> {
    const all: ClaimedJob[] = [];
    for (;;) {
      const jobs = await queue.claimJobs({ owner, limit: 3, leaseMs: 60_000, kinds });
      if (jobs.length === 0) return all;
      all.push(...jobs);
    }
  }

  it('never hands the same job to two workers claiming at the same time', async () => {
    // given 60 due jobs and two workers on two handles
    const ids = await enqueue('race', 60, 'race');
    const later = new Date(T0.getTime() + 1000);
    const a = createJobQueue(database, () => later);
    const b = createJobQueue(await database.openAnother(), () => later);

    // when both claim until nothing is left
    const [byA, byB] = await Promise.all([drain(a, 'a', ['race']), drain(b, 'b', ['race'])]);

    // then every job was claimed exactly once
    const claimed = [...byA, ...byB].map((job) => job.id).sort();
    expect(claimed).toEqual(ids);
    expect(byA.length + byB.length).toBe(60);
    expect([...byA, ...byB].every((job) => job.fencingToken === 1)).toBe(true);
  });

  it('refuses to complete a job with a stale fencing token', async () => {
    // given a job claimed by A whose lease ran out and that B then claimed
    await enqueue('fence', 1, 'fence');
    let now = T0;
    const queue = createJobQueue(database, () => now);
    const [byA] = await queue.claimJobs({ owner: 'a', limit: 1, leaseMs: 1000, kinds: ['fence'] });
    now = new Date(T0.getTime() + 5000);
    const [byB] = await queue.claimJobs({ owner: 'b', limit: 1, leaseMs: 1000, kinds: ['fence'] });
    expect(byB?.id).toBe(byA?.id);
    expect(byB?.fencingToken).toBe((byA?.fencingToken ?? 0) + 1);

    // when A, late, tries to complete it
    const late = queue.completeJob(byA?.id ?? '', byA?.fencingToken ?? 0);

    // then A is refused and B's completion stands
    await expect(late).rejects.toMatchObject({ code: 'storage.job-lease-lost' });
    await queue.completeJob(byB?.id ?? '', byB?.fencingToken ?? 0);
    const row = await database.db
      .selectFrom('jobs')
      .select(['status', 'attempts'])
      .where('id', '=', byA?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'done', attempts: 2 });
  });

  it('does not claim a job before it is due or while its lease holds', async () => {
    await enqueue('due', 1, 'due');
    const early = createJobQueue(database, () => new Date(T0.getTime() - 1000));
    expect(await early.claimJobs({ owner: 'a', limit: 5, leaseMs: 1000, kinds: ['due'] })).toEqual(
      [],
    );

    const queue = createJobQueue(database, () => T0);
    expect(
      await queue.claimJobs({ owner: 'a', limit: 5, leaseMs: 1000, kinds: ['due'] }),
    ).toHaveLength(1);
    expect(await queue.claimJobs({ owner: 'b', limit: 5, leaseMs: 1000, kinds: ['due'] })).toEqual(
      [],
    );
  });

  it('gives a failed job back for a later attempt', async () => {
    await enqueue('retry', 1, 'retry');
    const queue = createJobQueue(database, () => T0);
    const [job] = await queue.claimJobs({ owner: 'a', limit: 1, leaseMs: 1000, kinds: ['retry'] });

    const status = await queue.failJob(job?.id ?? '', job?.fencingToken ?? 0, {
      retryInMs: 60_000,
    });

    expect(status).toBe('pending');
    expect(
      await queue.claimJobs({ owner: 'a', limit: 1, leaseMs: 1000, kinds: ['retry'] }),
    ).toEqual([]);
    const later = createJobQueue(database, () => new Date(T0.getTime() + 61_000));
    expect(
      await later.claimJobs({ owner: 'a', limit: 1, leaseMs: 1000, kinds: ['retry'] }),
    ).toHaveLength(1);
  });

  it('acknowledges the notify jobs a command enqueued', async () => {
    // given a started request, which enqueues a notification for its approver
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerOnly);
    const started = await createEngine(database).start({
      flowKey: 'manager-only',
      actorId: 'chen.jie',
      values: claimValues,
    });

    // when the notification worker runs once
    const handled = await runNotificationWorker({ ...database, owner: 'worker-1' });

    // then its jobs are done
    expect(handled).toBeGreaterThanOrEqual(1);
    const pending = await database.db
      .selectFrom('jobs')
      .select('status')
      .where('idempotency_key', 'like', `notify:${started.id}:%`)
      .execute();
    expect(pending.map((row) => row.status)).toEqual(pending.map(() => 'done'));
  });
});
