import { BatonError } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleFlow, ruleOrg, ruleValues } from './approver-testing.ts';
import { createEngine, type Engine } from './engine.ts';
import { replaceOrg } from './org-store.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { publishTestFlow } from './testing.ts';

const RUNS = 100;
const SIGNERS = ['acct', 'cfo', 'teller'] as const;

describe.each(testDatabases())('three approvers of an "all" step at once on $name', (factory) => {
  let database: TestDatabase;
  let engines: Engine[];

  beforeAll(async () => {
    database = await factory.open();
    await replaceOrg(database.db, ruleOrg);
    await publishTestFlow(
      database.db,
      ruleFlow('all-then-next', [
        { id: 'sign', approvers: [{ kind: 'user', userIds: [...SIGNERS] }], mode: 'all' },
        { id: 'next', approvers: [{ kind: 'user', userIds: ['mgr'] }] },
      ]),
    );
    // Three handles: on SQLite three connections to the file, on PostgreSQL three pools.
    engines = [
      createEngine(database),
      createEngine(await database.openAnother()),
      createEngine(await database.openAnother()),
    ];
  });
  afterAll(() => database?.close());

  it(`creates the next step exactly once and loses no approval (${RUNS} runs)`, async () => {
    const [engine] = engines;
    if (!engine) throw new Error('no engine');
    for (let run = 0; run < RUNS; run += 1) {
      // given a request whose first step needs acct, cfo and teller
      const started = await engine.start({
        flowKey: 'all-then-next',
        actorId: 'rep',
        values: ruleValues('100.00'),
      });
      const taskOf = (userId: string) =>
        started.state.tasks.find((task) => task.assigneeId === userId)?.id ?? '';

      // when all three approve at the same moment, each through its own handle
      const outcomes = await Promise.allSettled(
        SIGNERS.map((userId, index) =>
          engines[index]?.approve({ taskId: taskOf(userId), actorId: userId }),
        ),
      );

      // then every approval went through, the step completed once and `next` was created once
      const refused = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected'
          ? [outcome.reason instanceof BatonError ? outcome.reason.code : String(outcome.reason)]
          : [],
      );
      expect(refused, `run ${run}`).toEqual([]);
      const detail = await engine.getInstance(started.id);
      const count = (type: string) => detail?.events.filter((e) => e.type === type).length;
      expect(count('task.approved'), `run ${run}`).toBe(3);
      expect(count('step.completed'), `run ${run}`).toBe(1);
      expect(detail?.state.steps.filter((step) => step.nodeId === 'next')).toHaveLength(1);
      expect(detail?.state.tasks.filter((task) => task.nodeId === 'next')).toMatchObject([
        { assigneeId: 'mgr', status: 'open' },
      ]);
      expect(detail?.version).toBe(4);
    }
    const nextTasks = await database.db
      .selectFrom('tasks')
      .select((eb) => eb.fn.countAll<string | number>().as('count'))
      .where('node_id', '=', 'next')
      .executeTakeFirstOrThrow();
    expect(Number(nextTasks.count)).toBe(RUNS);
  });
});
