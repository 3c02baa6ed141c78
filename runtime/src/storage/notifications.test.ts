import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deadlineFlow, fakeClock, type FakeClock } from './action-testing.ts';
import { createEngine, type Engine } from './engine.ts';
import { createJobQueue, deliverNotifyJob, runNotificationWorker } from './jobs.ts';
import {
  listNotifications,
  markNotificationsRead,
  notificationUnreadCount,
} from './notifications.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, managerOnly, publishTestFlow, seedTestOrg } from './testing.ts';

const reminded = deadlineFlow('reminded', {
  time: 'calendar',
  remind: { everyMinutes: 60, times: 1 },
});

describe.each(testDatabases())('in-app notifications on $name', (factory) => {
  let database: TestDatabase;
  let clock: FakeClock;
  let engine: Engine;

  beforeEach(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    for (const flow of [managerOnly, reminded]) await publishTestFlow(database.db, flow);
    clock = fakeClock();
    engine = createEngine({ ...database, now: clock.now });
  });
  afterEach(() => database?.close());

  const work = () => runNotificationWorker({ ...database, owner: 'w', now: clock.now });
  const start = (flowKey = 'manager-only') =>
    engine.start({ flowKey, actorId: 'chen.jie', values: claimValues });

  async function rows() {
    return database.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'actor_id', 'task_id'])
      .orderBy('id')
      .execute();
  }

  it('given a started request, when the worker runs, then the approver has a new-task line', async () => {
    // given
    const request = await start();

    // when
    const completed = await work();

    // then
    expect(completed).toBe(1);
    const items = await listNotifications(database.db, 'wang.fang');
    expect(items).toMatchObject([
      {
        kind: 'task-assigned',
        instanceId: request.id,
        taskId: request.state.tasks[0]?.id,
        title: request.title,
        flowKey: 'manager-only',
        actor: { id: 'chen.jie', name: '陈杰' },
        createdAt: request.createdAt,
        readAt: null,
      },
    ]);
    expect(items[0]?.flowName).toEqual(managerOnly.flow.name);
    expect(await notificationUnreadCount(database.db, 'wang.fang')).toBe(1);
    expect(await listNotifications(database.db, 'chen.jie')).toEqual([]);
  });

  it('given an urge, when delivered, then each assignee is told who urged', async () => {
    const request = await start();
    clock.advance(5);
    await engine.urge({ instanceId: request.id, actorId: 'chen.jie', comment: '请尽快' });

    await work();

    const [latest] = await listNotifications(database.db, 'wang.fang');
    expect(latest).toMatchObject({ kind: 'urge', actor: { name: '陈杰' }, taskId: null });
    expect(latest?.createdAt).toBe(clock.now().toISOString());
  });

  it('given a reminder Baton sent on its own, when delivered, then the line has no actor', async () => {
    await start('reminded');
    await work();
    clock.advance(60);
    expect(await engine.runDueTimers({ owner: 'w' })).toBe(1);

    await work();

    const [latest] = await listNotifications(database.db, 'wang.fang');
    expect(latest).toMatchObject({ kind: 'reminder', actor: null });
  });

  it('given a job run a second time, when delivered again, then each person still has one line', async () => {
    // given a delivered job put back as if a worker crashed after delivering
    await start();
    await work();
    await database.db.updateTable('jobs').set({ status: 'pending' }).execute();

    // when the worker runs again
    expect(await work()).toBe(1);

    // then nothing was delivered twice
    expect(await rows()).toHaveLength(1);
  });

  it('given a worker whose lease was taken over, when it delivers late, then nothing is written', async () => {
    // given worker A's claim ran out and worker B claimed the job again
    await start();
    const queue = createJobQueue(database, clock.now);
    const claim = { limit: 5, leaseMs: 1000, kinds: ['notify'] };
    const [byA] = await queue.claimJobs({ owner: 'a', ...claim });
    clock.advance(1);
    const [byB] = await queue.claimJobs({ owner: 'b', ...claim });
    if (!byA || !byB) throw new Error('expected both claims to get the job');

    // when A delivers with its stale token
    const late = await deliverNotifyJob(database, byA, clock.now());

    // then A is refused and wrote nothing; B delivers once
    expect(late).toBe(false);
    expect(await rows()).toEqual([]);
    expect(await deliverNotifyJob(database, byB, clock.now())).toBe(true);
    expect(await rows()).toHaveLength(1);
  });

  it('given a job that cannot be read, when the worker runs, then the others are delivered and it is retried later', async () => {
    // given a broken notify job due before a good one
    await database.db
      .insertInto('jobs')
      .values({
        id: 'job-broken',
        kind: 'notify',
        payload: JSON.stringify({ type: 'notify', kind: 'nonsense' }),
        run_at: '2000-01-01T00:00:00.000Z',
        status: 'pending',
        attempts: 0,
        lease_owner: null,
        lease_until: null,
        fencing_token: 0,
        idempotency_key: null,
        created_at: '2000-01-01T00:00:00.000Z',
      })
      .execute();
    await start();
    const failed: string[] = [];

    // when the worker runs
    const completed = await runNotificationWorker({
      ...database,
      owner: 'w',
      now: clock.now,
      onError: (job) => failed.push(job.id),
    });

    // then the good job is delivered and the broken one waits for a retry
    expect(completed).toBe(1);
    expect(failed).toEqual(['job-broken']);
    expect(await rows()).toMatchObject([{ user_id: 'wang.fang', kind: 'task-assigned' }]);
    const broken = await database.db
      .selectFrom('jobs')
      .select(['status', 'run_at'])
      .where('id', '=', 'job-broken')
      .executeTakeFirstOrThrow();
    expect(broken.status).toBe('pending');
    expect(broken.run_at > clock.now().toISOString()).toBe(true);
  });

  it('given notifications of two people, when one marks read, then only their own change', async () => {
    // given wang.fang with two lines and chen.jie with one (a rejection back to him)
    const first = await start();
    await start();
    const taskId = first.state.tasks[0]?.id ?? '';
    await engine.reject({ taskId, actorId: 'wang.fang', comment: '不符' });
    await work();
    const mine = await listNotifications(database.db, 'wang.fang');
    const theirs = await listNotifications(database.db, 'chen.jie');
    expect(mine).toHaveLength(2);
    expect(theirs).toMatchObject([{ kind: 'returned', actor: { name: '王芳' } }]);

    // when wang.fang marks one of hers and chen.jie's read, then only hers changes
    const at = clock.now().toISOString();
    const ids = [mine[0]?.id ?? '', theirs[0]?.id ?? ''];
    const which = { ids };
    expect(await markNotificationsRead(database.db, { userId: 'wang.fang', which, at })).toBe(1);
    expect(await notificationUnreadCount(database.db, 'wang.fang')).toBe(1);
    expect(await notificationUnreadCount(database.db, 'chen.jie')).toBe(1);
    expect(await listNotifications(database.db, 'wang.fang', { unreadOnly: true })).toEqual([
      mine[1],
    ]);

    // and marking all reaches the rest of hers only
    const all = { all: true } as const;
    expect(await markNotificationsRead(database.db, { userId: 'wang.fang', which: all, at })).toBe(
      1,
    );
    expect(await notificationUnreadCount(database.db, 'wang.fang')).toBe(0);
    expect(await notificationUnreadCount(database.db, 'chen.jie')).toBe(1);
    expect(await listNotifications(database.db, 'wang.fang', { limit: 1 })).toHaveLength(1);
  });
});
