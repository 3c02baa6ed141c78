import { BatonError } from '@baton/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTaskOf } from './action-testing.ts';
import type { RunnerHooks } from './command-runner.ts';
import { createEngine, type Engine } from './engine.ts';
import { claim, claimFlow } from './form-testing.ts';
import { testDatabases, type TestDatabase } from './test-databases.ts';
import { publishTestFlow, seedTestOrg } from './testing.ts';

const RUNS = 20;

/**
 * PostgreSQL: holds each command's first attempt until both have read the request, so both
 * decide on the same version. (SQLite reads under the write lock: they queue instead.)
 */
function meetBeforeWriting(hooks: RunnerHooks, dialect: string): void {
  let arrived = 0;
  let release = () => {};
  const bothRead = new Promise<void>((resolve) => (release = resolve));
  hooks.beforeWrite = async ({ attempt }) => {
    if (dialect !== 'postgres' || attempt !== 1) return;
    arrived += 1;
    if (arrived === 2) release();
    await bothRead;
  };
}

describe.each(testDatabases())('an approval with edits racing a plain one on $name', (factory) => {
  let database: TestDatabase;
  let engines: [Engine, Engine];
  const hooks: RunnerHooks = {};

  beforeAll(async () => {
    database = await factory.open();
    await seedTestOrg(database.db);
    await publishTestFlow(database.db, claimFlow);
    const other = await database.openAnother();
    engines = [createEngine({ ...database, hooks }), createEngine({ ...other, hooks })];
  });
  afterAll(() => database?.close());

  it(`decides the finance step once, with the winner's values (${RUNS} runs)`, async () => {
    const [first, second] = engines;
    for (let run = 0; run < RUNS; run += 1) {
      // given a claim at the finance step, which either finance user may decide
      const started = await first.start({
        flowKey: 'form-claim',
        actorId: 'chen.jie',
        values: { ...claim, amount: '9000.00' },
      });
      const atFinance = await first.approve({
        taskId: openTaskOf(started, 'wang.fang'),
        actorId: 'wang.fang',
      });

      // when li.na approves with a note while he.xin approves without, at the same moment
      meetBeforeWriting(hooks, factory.name);
      const outcomes = await Promise.allSettled([
        first.approve({
          taskId: openTaskOf(atFinance, 'li.na'),
          actorId: 'li.na',
          values: { financeNote: `checked ${run}` },
        }),
        second.approve({ taskId: openTaskOf(atFinance, 'he.xin'), actorId: 'he.xin' }),
      ]);
      hooks.beforeWrite = undefined;

      // then exactly one decided, the other was told so, and the note is there iff li.na won
      const refused = outcomes.flatMap((o) =>
        o.status === 'rejected' ? [o.reason instanceof BatonError ? o.reason.code : o.reason] : [],
      );
      expect(refused, `run ${run}`).toEqual(['task.already-decided']);
      const detail = await first.getInstance(started.id);
      const approvals = detail?.events.filter((e) => e.type === 'task.approved') ?? [];
      expect(approvals.map((e) => e.actorId).slice(0, 1), `run ${run}`).toEqual(['wang.fang']);
      expect(approvals, `run ${run}`).toHaveLength(2);
      const liWon = approvals[1]?.actorId === 'li.na';
      expect(detail?.state.values['financeNote'], `run ${run}`).toBe(
        liWon ? `checked ${run}` : undefined,
      );
      const edits = detail?.events.filter((e) => e.type === 'form.edited') ?? [];
      expect(edits, `run ${run}`).toHaveLength(liWon ? 1 : 0);
      expect(detail?.status, `run ${run}`).toBe('completed');
    }
  });
});
