import { FlowBundle } from '@baton/schemas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deadlineFlow, fakeClock, openTaskOf, type FakeClock } from './action-testing.ts';
import { openDatabase, type DatabaseHandle } from './database.ts';
import { createEngine, type Engine } from './engine.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, publishTestFlow, seedTestOrg } from './testing.ts';

/** Remind every hour, three times; after four hours approve in the assignee's name. */
const remindThenApprove = deadlineFlow('timed', {
  time: 'calendar',
  remind: { everyMinutes: 60, times: 3 },
  timeout: { afterMinutes: 240, action: 'approve' },
});

/** One reminder after an hour of working time. */
const workingReminder = deadlineFlow('working', {
  time: 'working',
  remind: { everyMinutes: 60, times: 1 },
});

/** Only a timeout, after an hour. */
const timeoutOnly = deadlineFlow('timeout-only', {
  time: 'calendar',
  timeout: { afterMinutes: 60, action: 'approve' },
});

const delayFlow = FlowBundle.parse({
  flow: {
    schemaVersion: 1,
    key: 'delayed',
    name: { 'zh-CN': '延时', en: 'Delayed' },
    nodes: [
      { id: 'start', type: 'start', name: '发起' },
      {
        id: 'wait',
        type: 'delay',
        name: '等待',
        config: { wait: { kind: 'duration', minutes: 90, time: 'calendar' } },
      },
      {
        id: 'manager',
        type: 'approval',
        name: '经理',
        config: { approvers: [{ kind: 'departmentHead' }] },
      },
      { id: 'end', type: 'end', name: '结束' },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'wait' },
      { id: 'e2', source: 'wait', target: 'manager' },
      { id: 'e3', source: 'manager', target: 'end' },
    ],
  },
  form: remindThenApprove.form,
});

describe.each(testDatabases())('step timers as jobs on $name', (factory) => {
  let database: TestDatabase;
  let clock: FakeClock;
  let engine: Engine;

  beforeEach(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    for (const flow of [remindThenApprove, timeoutOnly, delayFlow, workingReminder])
      await publishTestFlow(database.db, flow);
    clock = fakeClock();
    engine = createEngine({ ...database, now: clock.now });
  });
  afterEach(() => database?.close());

  async function events(instanceId: string, type: string) {
    const detail = await engine.getInstance(instanceId);

    return detail?.events.filter((event) => event.type === type) ?? [];
  }

  async function timerJobs() {
    return database.db
      .selectFrom('jobs')
      .select(['run_at', 'status', 'payload'])
      .where('kind', '=', 'timer')
      .orderBy('run_at')
      .execute();
  }

  function start(flowKey: string) {
    return engine.start({ flowKey, actorId: 'chen.jie', values: claimValues });
  }

  it('reminds every hour three times, then times out at four hours', async () => {
    // given a request whose manager task opened at T0
    const request = await start('timed');
    expect((await timerJobs()).map((job) => job.run_at)).toEqual([
      '2026-03-02T02:00:00.000Z',
      '2026-03-02T05:00:00.000Z',
    ]);

    // when the clock moves a minute short of the first reminder, nothing fires
    clock.advance(59);
    expect(await engine.runDueTimers({ owner: 'w' })).toBe(0);

    // then each hour one reminder fires, counted n of 3
    for (const n of [1, 2, 3]) {
      clock.advance(n === 1 ? 1 : 60);
      expect(await engine.runDueTimers({ owner: 'w' })).toBe(1);
      const reminded = await events(request.id, 'task.reminded');
      expect(reminded.at(-1)?.data).toMatchObject({ assigneeId: 'wang.fang', n, of: 3 });
      expect(reminded.at(-1)?.actorId).toBeNull();
    }

    // and at four hours the task is approved in wang.fang's name and finance takes over
    clock.advance(60);
    expect(await engine.runDueTimers({ owner: 'w' })).toBe(1);
    expect(await events(request.id, 'task.timed-out')).toMatchObject([
      { actorId: null, data: { assigneeId: 'wang.fang', action: 'approve' } },
    ]);
    const detail = await engine.getInstance(request.id);
    expect(detail?.state.tasks.find((task) => task.nodeId === 'manager')).toMatchObject({
      status: 'approved',
      auto: 'timeout',
    });
    expect((await timerJobs()).every((job) => job.status === 'done')).toBe(true);
  });

  it('after five hours of downtime sends one overdue reminder and times out once', async () => {
    // given a request started by an engine on its own connection, which then stops
    const first = await openDatabase(
      factory.name === 'sqlite'
        ? { sqlitePath: database.location }
        : { databaseUrl: database.location },
    );
    const request = await createEngine({ ...first, now: clock.now }).start({
      flowKey: 'timed',
      actorId: 'chen.jie',
      values: claimValues,
    });
    await first.close();

    // when five hours pass and a new engine starts on the same database
    clock.advance(300);
    const restarted = createEngine({ ...database, now: clock.now });
    const fired = await restarted.runDueTimers({ owner: 'after-restart' });
    clock.advance(120);
    const later = await restarted.runDueTimers({ owner: 'after-restart' });

    // then one reminder (not one per missed hour) and one timeout fired; the reminder scheduled
    // after the overdue one found the task decided and did nothing
    expect(fired).toBe(2);
    expect(later).toBe(1);
    expect(await events(request.id, 'task.reminded')).toMatchObject([{ data: { n: 1 } }]);
    expect(await events(request.id, 'task.timed-out')).toHaveLength(1);
  });

  it('acts once when a timer job runs again after its worker stopped before finishing it', async () => {
    // given the first reminder fired, but its job was left as if the worker died before
    // marking it done (the lease ran out and it is due again)
    const request = await start('timed');
    clock.advance(60);
    await engine.runDueTimers({ owner: 'w' });
    const fired = await engine.getInstance(request.id);
    await database.db
      .updateTable('jobs')
      .set({ status: 'pending' })
      .where('kind', '=', 'timer')
      .where('run_at', '=', '2026-03-02T02:00:00.000Z')
      .execute();

    // when another worker runs it again
    expect(await engine.runDueTimers({ owner: 'other' })).toBe(1);

    // then the first run's result is replayed: one reminder, the request unchanged
    expect(await events(request.id, 'task.reminded')).toHaveLength(1);
    expect((await engine.getInstance(request.id))?.version).toBe(fired?.version);
    const keys = await database.db.selectFrom('idempotency_keys').select('actor_id').execute();
    expect(keys).toEqual([{ actor_id: '$system' }]);
  });

  it('counts working time in the stored business calendar', async () => {
    // given Monday 2 March (T0 is 09:00 that day in Shanghai) saved as a holiday
    const calendar = await engine.businessCalendar();
    await engine.replaceBusinessCalendar({ ...calendar, holidays: ['2026-03-02'] }, 'li.na');

    // when a request opens a task due for a reminder after one working hour
    await start('working');

    // then the hour starts on Tuesday at 09:00 and ends at 10:00 (Shanghai)
    expect((await timerJobs()).map((job) => job.run_at)).toEqual(['2026-03-03T02:00:00.000Z']);
  });

  it('writes nothing for a timer whose task was decided', async () => {
    // given the manager approved before the first reminder
    const request = await start('timed');
    const approved = await engine.approve({
      taskId: openTaskOf(request, 'wang.fang'),
      actorId: 'wang.fang',
    });

    const logged = (await engine.getInstance(request.id))?.events.length;

    // when the reminder and the timeout come due
    clock.advance(240);
    const completed = await engine.runDueTimers({ owner: 'w' });

    // then both jobs are done and the request did not change
    expect(completed).toBe(2);
    const detail = await engine.getInstance(request.id);
    expect(detail?.version).toBe(approved.version);
    expect(detail?.events.length).toBe(logged);
    expect(await events(request.id, 'task.reminded')).toEqual([]);
    expect((await timerJobs()).map((job) => job.status)).toEqual(['done', 'done']);
  });

  it('does nothing for the timers of a request that ended', async () => {
    const request = await start('timed');
    const withdrawn = await engine.withdraw({ instanceId: request.id, actorId: 'chen.jie' });

    clock.advance(600);
    await engine.runDueTimers({ owner: 'w' });

    expect((await engine.getInstance(request.id))?.version).toBe(withdrawn.version);
    expect(await events(request.id, 'task.timed-out')).toEqual([]);
  });

  it('creates no extra timers for running requests when the flow is published again', async () => {
    // given a running request with its two timers
    const request = await start('timed');
    const before = await timerJobs();

    // when a second version of the flow is published
    await publishTestFlow(database.db, remindThenApprove, 2);

    // then the jobs are the same, and the request's timers still fire on its own version
    expect(await timerJobs()).toEqual(before);
    clock.advance(60);
    expect(await engine.runDueTimers({ owner: 'w' })).toBe(1);
    expect(await events(request.id, 'task.reminded')).toHaveLength(1);
    expect((await timerJobs()).filter((job) => job.status === 'pending')).toHaveLength(2);
  });

  it('moves a request on when its delay node’s time comes', async () => {
    const request = await start('delayed');
    expect(request.state.tasks).toEqual([]);

    clock.advance(89);
    await engine.runDueTimers({ owner: 'w' });
    expect(await events(request.id, 'delay.ended')).toEqual([]);
    clock.advance(1);
    await engine.runDueTimers({ owner: 'w' });

    expect(await events(request.id, 'delay.ended')).toHaveLength(1);
    expect((await engine.listInbox('wang.fang')).map((item) => item.instanceId)).toContain(
      request.id,
    );
  });

  it('fires each timer once when two engines run the due timers at once', async () => {
    // given twenty requests whose timeouts are due
    const requests = [];
    for (let n = 0; n < 20; n += 1) requests.push(await start('timeout-only'));
    clock.advance(61);
    const other = createEngine({ ...(await database.openAnother()), now: clock.now });

    // when two engines (two pools on PostgreSQL) work through them in small batches at once
    const drain = async (worker: Engine, owner: string) => {
      let total = 0;
      for (let batch = -1; batch !== 0; total += batch)
        batch = await worker.runDueTimers({ owner, limit: 3 });

      return total;
    };
    const [a, b] = await Promise.all([drain(engine, 'a'), drain(other, 'b')]);

    // then every timeout fired exactly once
    expect(a + b).toBe(20);
    for (const request of requests)
      expect(await events(request.id, 'task.timed-out'), request.id).toHaveLength(1);
  });
});
