import { createEngine, testDatabases, type TestDatabase } from '@baton/runtime/storage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTimerLoop, type LoopLogger, type Scheduler } from '../src/timers/timer-loop.ts';

const [sqlite] = testDatabases();

describe('the timer loop', () => {
  let database: TestDatabase;
  let pending: (() => Promise<void>) | undefined;
  let logged: string[];
  const schedule: Scheduler = (pass) => {
    pending = pass;

    return () => {
      pending = undefined;
    };
  };
  const logger: LoopLogger = {
    info: (_object, message) => logged.push(`info: ${message}`),
    error: (_object, message) => logged.push(`error: ${message}`),
  };
  const loopOn = (pollMs: number) =>
    startTimerLoop({
      engine: createEngine(database),
      database,
      now: () => new Date('2026-03-02T01:00:00.000Z'),
      logger,
      pollMs,
      owner: 'test-loop',
      schedule,
    });

  beforeEach(async () => {
    if (!sqlite) throw new Error('no SQLite test database');
    database = await sqlite.open();
    pending = undefined;
    logged = [];
  });
  afterEach(async () => {
    await database.close().catch(() => undefined);
  });

  it('runs a pass on demand that finds nothing due, logging nothing', async () => {
    const loop = loopOn(1000);

    const result = await loop.pass();

    expect(result).toEqual({ timers: 0, notifications: 0, uploads: 0 });
    expect(logged).toEqual([]);
    await loop.stop();
  });

  it('logs a failed pass and schedules the next one', async () => {
    // given a loop whose database closes under it
    const loop = loopOn(1000);
    await database.close();

    // when its scheduled pass runs
    const pass = pending;
    pending = undefined;
    await pass?.();

    // then the failure is logged, the loop goes on, and stopping cancels the next pass
    expect(pass).toBeDefined();
    expect(logged).toEqual(['error: timer pass failed']);
    expect(pending).toBeDefined();
    await loop.stop();
    expect(pending).toBeUndefined();
  });

  it('schedules nothing when the interval is 0', async () => {
    const loop = loopOn(0);

    expect(pending).toBeUndefined();
    await loop.stop();
  });
});
