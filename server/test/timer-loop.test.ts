import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scheduler } from '../src/timers/timer-loop.ts';
import type { ApiClient } from './support/api.ts';
import { startTestApp, testDatabases, type TestApp } from './support/test-app.ts';
import { claim, publishExpenseVariant, withNodeConfig } from './support/variants.ts';

const MINUTE = 60_000;
const reminders = { deadline: { time: 'calendar', remind: { everyMinutes: 60, times: 3 } } };

describe.each(testDatabases())('the server timer loop on $name', (factory) => {
  let server: TestApp;
  let employee: ApiClient;
  let clock = Date.parse('2026-03-02T01:00:00.000Z');
  let pending: (() => Promise<void>) | undefined;
  let closed = false;
  const scheduleTimers: Scheduler = (pass) => {
    pending = pass;

    return () => {
      pending = undefined;
    };
  };

  /** Runs the pass the loop scheduled, as its timer would, and waits for it to end. */
  async function runScheduledPass() {
    const pass = pending;
    if (!pass) throw new Error('the loop scheduled no pass');
    pending = undefined;
    await pass();
  }

  beforeAll(async () => {
    server = await startTestApp(factory, {
      now: () => new Date(clock),
      env: { BATON_TIMER_POLL_MS: '1000' },
      scheduleTimers,
    });
    employee = await server.signedIn('chen.jie');
    const owner = await server.signedIn('sun.hao');
    await publishExpenseVariant(owner, 'expense-reminded', (bundle) =>
      withNodeConfig(bundle, 'manager', reminders),
    );
  });
  afterAll(async () => {
    if (!closed) await server?.close();
  });

  it('sends a reminder once the fake clock passes the hour, and stops when the app closes', async () => {
    // given a claim whose manager step reminds every hour
    const id = await claim(employee, 'expense-reminded', '300.00');
    const remindersOf = async () =>
      (await employee.query('instances.get', { id })).timeline.filter(
        (entry) => entry.type === 'task.reminded',
      );

    // when the loop runs at 30 minutes, then at 61 minutes
    clock += 30 * MINUTE;
    await runScheduledPass();
    const early = await remindersOf();
    clock += 31 * MINUTE;
    await runScheduledPass();
    const due = await remindersOf();

    // then only the second pass reminded wang.fang, and the loop scheduled its next pass
    expect(early).toEqual([]);
    expect(due.map((entry) => entry.data)).toEqual([
      expect.objectContaining({ assigneeId: 'u-wang-fang', n: 1, of: 3 }),
    ]);
    expect(due[0]?.actor).toBeNull();
    expect(pending).toBeDefined();
    await server.close();
    closed = true;
    expect(pending).toBeUndefined();
  });
});
