import { describe, expect, it } from 'vitest';
import { counterIds, deadlineFlow, fakeClock, openTaskOf, outcomeOf } from './action-testing.ts';
import type { RunnerHooks } from './command-runner.ts';
import { createEngine, type Engine } from './engine.ts';
import type { InstanceView } from './instance-view.ts';
import { testDatabases, type TestDatabase, type TestDatabaseFactory } from './test-databases.ts';
import { claimValues, publishTestFlow, seedTestOrg } from './testing.ts';

/** wang.fang's manager task times out after an hour (approved in her name), then finance. */
const flow = deadlineFlow('pairs', {
  time: 'calendar',
  timeout: { afterMinutes: 60, action: 'approve' },
});

const ACTIONS = ['approve', 'reject', 'withdraw', 'transfer', 'addSigner', 'timeout'] as const;
type Action = (typeof ACTIONS)[number];

/**
 * How each ordered pair resolves when both commands read the request before either wrote: the
 * first always commits; this is what the second gets when it runs again on the new state
 * (`nothing`: a timer that found its task no longer open, which writes nothing).
 *
 * - After a decision (approve, reject, timeout) the task is closed: deciding, transferring or
 *   adding a signer is refused as already decided; withdrawal is refused after a person's
 *   approval, refused as not running after the rejection ended the request, and allowed after
 *   a timeout's approval (an automatic decision does not count, see `withdraw`).
 * - After a withdrawal the task is cancelled and the request ended.
 * - After a transfer the old assignee is refused as `task.transferred`; the old task's timer
 *   finds it cancelled; the initiator may still withdraw (nobody decided).
 * - After a signer was added before wang.fang, her task waits for them: deciding is refused as
 *   waiting for others, the timer finds the task not open, she may still hand it on, and the
 *   initiator may still withdraw.
 */
const SECOND_GETS: Readonly<Record<Action, Partial<Record<Action, string>>>> = {
  approve: {
    reject: 'task.already-decided',
    withdraw: 'instance.cannot-withdraw',
    transfer: 'task.already-decided',
    addSigner: 'task.already-decided',
    timeout: 'nothing',
  },
  reject: {
    approve: 'task.already-decided',
    withdraw: 'instance.not-running',
    transfer: 'task.already-decided',
    addSigner: 'task.already-decided',
    timeout: 'nothing',
  },
  withdraw: {
    approve: 'task.already-decided',
    reject: 'task.already-decided',
    transfer: 'task.already-decided',
    addSigner: 'task.already-decided',
    timeout: 'nothing',
  },
  transfer: {
    approve: 'task.transferred',
    reject: 'task.transferred',
    withdraw: 'ok',
    addSigner: 'task.transferred',
    timeout: 'nothing',
  },
  addSigner: {
    approve: 'task.waiting-for-others',
    reject: 'task.waiting-for-others',
    withdraw: 'ok',
    transfer: 'task.waiting-for-others',
    timeout: 'nothing',
  },
  timeout: {
    approve: 'task.already-decided',
    reject: 'task.already-decided',
    withdraw: 'ok',
    transfer: 'task.already-decided',
    addSigner: 'task.already-decided',
  },
};

/** The core command type each action runs as (what `beforeWrite` is told). */
const TYPE_OF: Record<Action, string> = {
  approve: 'approve',
  reject: 'reject',
  withdraw: 'withdraw',
  transfer: 'transfer',
  addSigner: 'addSigner',
  timeout: 'timer',
};

type Setup = {
  database: TestDatabase;
  engine: Engine;
  request: InstanceView;
  hooks: RunnerHooks;
  /** Commands that ran again after their version-checked write found a newer request. */
  retries: { count: number };
};

/** A fresh database with one request whose manager task's timeout is due (T0 + 61 min). */
async function setUp(factory: TestDatabaseFactory): Promise<Setup> {
  const database = await factory.open();
  await seedTestOrg(database.db);
  await publishTestFlow(database.db, flow);
  const clock = fakeClock();
  const hooks: RunnerHooks = {};
  const retries = { count: 0 };
  const retry = { onRetry: () => (retries.count += 1) };
  const engine = createEngine({ ...database, now: clock.now, newId: counterIds(), hooks, retry });
  const request = await engine.start({
    flowKey: 'pairs',
    actorId: 'chen.jie',
    values: claimValues,
  });
  clock.advance(61);

  return { database, engine, request, hooks, retries };
}

/** Runs one action; the outcome is 'ok', the refusal's code, or 'nothing' for an idle timer. */
async function act(setup: Setup, action: Action): Promise<string> {
  const { engine, request } = setup;
  const taskId = openTaskOf(request, 'wang.fang');
  const instanceId = request.id;
  switch (action) {
    case 'approve':
      return outcomeOf(engine.approve({ taskId, actorId: 'wang.fang' }));
    case 'reject':
      return outcomeOf(engine.reject({ taskId, actorId: 'wang.fang', target: 'end' }));
    case 'withdraw':
      return outcomeOf(engine.withdraw({ instanceId, actorId: 'chen.jie' }));
    case 'transfer':
      return outcomeOf(engine.transfer({ taskId, actorId: 'wang.fang', toUserId: 'he.xin' }));
    case 'addSigner':
      return outcomeOf(
        engine.addSigner({ taskId, actorId: 'wang.fang', userIds: ['li.na'], position: 'before' }),
      );
    case 'timeout': {
      // The other command of a pair never times a task out: count what this one recorded.
      expect(await engine.runDueTimers({ owner: 'pairs' })).toBe(1);
      const detail = await engine.getInstance(instanceId);
      const timedOut = detail?.events.filter((event) => event.type === 'task.timed-out');

      return timedOut?.length === 1 ? 'ok' : 'nothing';
    }
  }
}

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));

  return { promise, resolve };
}

/**
 * Runs `first` and `second` so that `first` commits first after both read the request.
 * PostgreSQL: both read the same version without a transaction and meet in `beforeWrite`;
 * `first` writes, then `second` writes, fails the version check and runs again (locked) on the
 * new state. SQLite: a write transaction reads under the write lock, so two commands can never
 * read the same version; `second` is issued while `first` holds its transaction after deciding,
 * queues on the lock and reads the state `first` wrote.
 */
async function interleave(setup: Setup, first: Action, second: Action) {
  const arrived = deferred();
  const firstDone = deferred();
  let secondRun: Promise<string> | undefined;
  setup.hooks.beforeWrite = async ({ type, attempt }) => {
    if (attempt !== 1) return;
    if (setup.database.name === 'sqlite') {
      if (type === TYPE_OF[first] && !secondRun) secondRun = act(setup, second);

      return;
    }
    if (type === TYPE_OF[first]) await arrived.promise;
    else if (type === TYPE_OF[second]) {
      arrived.resolve();
      await firstDone.promise;
    }
  };
  const firstRun = act(setup, first).finally(firstDone.resolve);
  if (setup.database.name === 'postgres') secondRun = act(setup, second);
  const firstOutcome = await firstRun;
  const secondOutcome = await (secondRun ?? Promise.reject(new Error('second never ran')));
  setup.hooks.beforeWrite = undefined;

  return [firstOutcome, secondOutcome];
}

/** The request as stored, with ids renamed in order of appearance (retries draw extra ids). */
async function snapshot(setup: Setup): Promise<unknown> {
  const { database, engine, request } = setup;
  const detail = await engine.getInstance(request.id);
  const rows = await database.db.selectFrom('tasks').selectAll().execute();
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const jobs = await database.db
    .selectFrom('jobs')
    .select(['kind', 'status', 'run_at'])
    .orderBy('run_at')
    .orderBy('kind')
    .orderBy('status')
    .execute();
  const whole = {
    status: detail?.status,
    version: detail?.version,
    state: detail?.state,
    events: detail?.events,
    tasks: detail?.state.tasks.map((task) => rowOf.get(task.id)),
    jobs,
  };
  const names = new Map<string, string>();

  return JSON.parse(
    JSON.stringify(whole).replace(/\b(ins|task|step|tok|job|cc)-\d+\b/g, (id, prefix: string) => {
      const known = names.get(id) ?? `${prefix}#${names.size + 1}`;
      names.set(id, known);

      return known;
    }),
  );
}

const PAIRS = ACTIONS.flatMap((first) =>
  ACTIONS.filter((second) => second !== first).map((second) => [first, second] as const),
);

describe.each(testDatabases())('conflicting commands on one task on $name', (factory) => {
  it.each(PAIRS)('%s then %s: one commits first, the other runs on its result', async (a, b) => {
    // given the same request in two fresh databases, with the same ids and clock
    const raced = await setUp(factory);
    const serial = await setUp(factory);
    try {
      // when a and b race in one (a commits first) and run one after the other in the other
      const racedOutcomes = await interleave(raced, a, b);
      const serialOutcomes = [await act(serial, a), await act(serial, b)];

      // then a went through, b got what it gets after a, and both databases hold the same
      expect(racedOutcomes).toEqual(['ok', SECOND_GETS[a][b]]);
      expect(racedOutcomes).toEqual(serialOutcomes);
      expect(await snapshot(raced)).toEqual(await snapshot(serial));
      // (PostgreSQL: b's first write was refused by the version check and b ran again)
      expect(raced.retries.count).toBe(factory.name === 'postgres' ? 1 : 0);
    } finally {
      await raced.database.close();
      await serial.database.close();
    }
  });
});
