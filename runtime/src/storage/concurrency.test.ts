import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BatonError } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { claimValues, financeAny, managerOnly, publishTestFlow, seedTestOrg } from './testing.ts';

const RUNS = 50;

type Outcome = { winners: number; losers: string[] };

async function race(commands: readonly Promise<unknown>[]): Promise<Outcome> {
  const settled = await Promise.allSettled(commands);
  const losers = settled.flatMap((result) => {
    if (result.status === 'fulfilled') return [];
    const reason: unknown = result.reason;

    return [reason instanceof BatonError ? reason.code : String(reason)];
  });

  return { winners: settled.length - losers.length, losers };
}

describe.each(testDatabases())('concurrent decisions on $name', (factory) => {
  let database: TestDatabase;
  let engineA: Engine;
  let engineB: Engine;

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, managerOnly);
    await publishTestFlow(database.db, financeAny);
    engineA = createEngine(database);
    // A second handle: on SQLite its own connection to the same file, on PostgreSQL its own pool.
    engineB = createEngine(await database.openAnother());
  });
  afterAll(() => database?.close());

  async function countEvents(instanceId: string, type: string): Promise<number> {
    const detail = await engineA.getInstance(instanceId);

    return detail?.events.filter((event) => event.type === type).length ?? -1;
  }

  it(`decides a single-approver task exactly once when two approvals race (${RUNS} runs)`, async () => {
    for (let run = 0; run < RUNS; run += 1) {
      // given a request waiting for its one approver
      const started = await engineA.start({
        flowKey: 'manager-only',
        actorId: 'chen.jie',
        values: claimValues,
      });
      const taskId = started.state.tasks[0]?.id ?? '';

      // when the approver's two clicks arrive at the same moment, through two handles
      const outcome = await race([
        engineA.approve({ taskId, actorId: 'wang.fang', comment: 'a' }),
        engineB.approve({ taskId, actorId: 'wang.fang', comment: 'b' }),
      ]);

      // then one decision, one transition, and the loser is told the task was decided
      expect(outcome).toEqual({ winners: 1, losers: ['task.already-decided'] });
      expect(await countEvents(started.id, 'task.approved')).toBe(1);
      expect(await countEvents(started.id, 'step.completed')).toBe(1);
      expect(await countEvents(started.id, 'instance.completed')).toBe(1);
      const detail = await engineA.getInstance(started.id);
      expect(detail).toMatchObject({ status: 'completed', version: 2 });
    }
  });

  it(`lets one of two "any" approvers decide when both approve at once (${RUNS} runs)`, async () => {
    for (let run = 0; run < RUNS; run += 1) {
      // given a step that either finance user may decide
      const started = await engineA.start({
        flowKey: 'finance-any',
        actorId: 'chen.jie',
        values: claimValues,
      });
      const taskOf = (userId: string) =>
        started.state.tasks.find((task) => task.assigneeId === userId)?.id ?? '';

      // when both approve their own task at the same moment
      const outcome = await race([
        engineA.approve({ taskId: taskOf('li.na'), actorId: 'li.na' }),
        engineB.approve({ taskId: taskOf('he.xin'), actorId: 'he.xin' }),
      ]);

      // then the step completes once; the other task is cancelled and its approver refused
      expect(outcome).toEqual({ winners: 1, losers: ['task.already-decided'] });
      expect(await countEvents(started.id, 'task.approved')).toBe(1);
      expect(await countEvents(started.id, 'step.completed')).toBe(1);
      const statuses = await database.db
        .selectFrom('tasks')
        .select('status')
        .where('instance_id', '=', started.id)
        .orderBy('status')
        .execute();
      expect(statuses.map((row) => row.status)).toEqual(['approved', 'cancelled']);
    }
  });

  it(`decides once when only the version check guards the instance (${RUNS} runs)`, async () => {
    // given two engines that read the instance without locking it, so both may decide at once
    // (on SQLite, BEGIN IMMEDIATE serializes them anyway)
    let retries = 0;
    const retry = { onRetry: () => (retries += 1) };
    const optimisticA = createEngine({ ...database, lockRows: false, retry });
    const optimisticB = createEngine({ ...(await database.openAnother()), lockRows: false, retry });
    for (let run = 0; run < RUNS; run += 1) {
      const started = await optimisticA.start({
        flowKey: 'manager-only',
        actorId: 'chen.jie',
        values: claimValues,
      });
      const taskId = started.state.tasks[0]?.id ?? '';

      // when both approve at once, the later write finds a newer version and runs again
      const outcome = await race([
        optimisticA.approve({ taskId, actorId: 'wang.fang' }),
        optimisticB.approve({ taskId, actorId: 'wang.fang' }),
      ]);

      // then it sees the decision and is refused
      expect(outcome).toEqual({ winners: 1, losers: ['task.already-decided'] });
      expect(await countEvents(started.id, 'task.approved')).toBe(1);
      expect(await countEvents(started.id, 'step.completed')).toBe(1);
    }
    // PostgreSQL lets both read the same version: the path under test was taken
    if (factory.name === 'postgres') expect(retries).toBeGreaterThan(0);
  });

  it('decides once when the same engine receives both approvals', async () => {
    for (let run = 0; run < 10; run += 1) {
      const started = await engineA.start({
        flowKey: 'manager-only',
        actorId: 'chen.jie',
        values: claimValues,
      });
      const taskId = started.state.tasks[0]?.id ?? '';

      const outcome = await race([
        engineA.approve({ taskId, actorId: 'wang.fang' }),
        engineA.approve({ taskId, actorId: 'wang.fang' }),
      ]);

      expect(outcome).toEqual({ winners: 1, losers: ['task.already-decided'] });
      expect(await countEvents(started.id, 'task.approved')).toBe(1);
    }
  });
});

describe.each(testDatabases().filter((factory) => factory.name === 'sqlite'))(
  'concurrent decisions from two processes on $name',
  (factory) => {
    let database: TestDatabase;
    let racer: Racer;

    beforeAll(async () => {
      database = await factory.open();
      await seedTestOrg(database.db);
      await publishTestFlow(database.db, managerOnly);
      racer = await startRacer(database.location);
    });
    afterAll(async () => {
      racer?.stop();
      await database?.close();
    });

    it(`decides a task once when another process approves it at the same time (${RUNS} runs)`, async () => {
      const engine = createEngine(database);
      for (let run = 0; run < RUNS; run += 1) {
        // given a request waiting for its approver
        const started = await engine.start({
          flowKey: 'manager-only',
          actorId: 'chen.jie',
          values: claimValues,
        });
        const taskId = started.state.tasks[0]?.id ?? '';

        // when this process and another one approve it at the same moment
        const [here, there] = await Promise.all([
          engine.approve({ taskId, actorId: 'wang.fang' }).then(
            () => 'ok',
            (error: unknown) => (error instanceof BatonError ? error.code : String(error)),
          ),
          racer.approve(taskId, 'wang.fang'),
        ]);

        // then exactly one of them decided it
        expect([here, there].sort()).toEqual(['ok', 'task.already-decided']);
        const detail = await engine.getInstance(started.id);
        expect(detail?.events.filter((event) => event.type === 'task.approved')).toHaveLength(1);
        expect(detail?.events.filter((event) => event.type === 'step.completed')).toHaveLength(1);
      }
    });
  },
);

type Racer = { approve(taskId: string, actorId: string): Promise<string>; stop(): void };

/** A child process running engine-racer.script.ts on the same SQLite file. */
async function startRacer(file: string): Promise<Racer> {
  const script = fileURLToPath(new URL('./engine-racer.script.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, file], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.value !== 'ready') throw new Error(`racer did not start: ${String(first.value)}`);

  return {
    approve: async (taskId, actorId) => {
      child.stdin.write(`${taskId} ${actorId}\n`);
      const answer = await lines.next();

      return String(answer.value);
    },
    stop: () => child.kill(),
  };
}
