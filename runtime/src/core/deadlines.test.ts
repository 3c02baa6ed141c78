import { DEFAULT_BUSINESS_CALENDAR, zonedInstant } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { approval, sequence } from './testing.ts';
import { MONDAY_9AM, TimerWorld } from './timer-testing.ts';

const wang = [{ kind: 'user' as const, userIds: ['wang.fang'] }];

/** start → one approval by wang.fang with `deadline` → end. */
function world(deadline: Record<string, unknown>, options: Record<string, unknown> = {}) {
  return new TimerWorld(sequence([approval('review', wang, { deadline, ...options })]));
}

const at = (minutes: number) => new Date(Date.parse(MONDAY_9AM) + minutes * 60_000).toISOString();

describe('deadline reminders', () => {
  it('reminds every N minutes, up to M times, while the task stays open', () => {
    const w = world({ remind: { everyMinutes: 60, times: 3 } });
    w.start();

    w.advance(10 * 60);

    expect(w.events('task.reminded')).toEqual([
      { taskId: 'task-1', assigneeId: 'wang.fang', n: 1, of: 3 },
      { taskId: 'task-1', assigneeId: 'wang.fang', n: 2, of: 3 },
      { taskId: 'task-1', assigneeId: 'wang.fang', n: 3, of: 3 },
    ]);
    expect(w.fired.map(({ decision }) => decision.events[0]?.at)).toEqual([
      at(60),
      at(120),
      at(180),
    ]);
    expect(w.fired[0]?.decision.effects).toEqual([
      {
        type: 'notify',
        kind: 'reminder',
        userIds: ['wang.fang'],
        instanceId: 'inst-1',
        taskId: 'task-1',
      },
      {
        type: 'timer',
        instanceId: 'inst-1',
        dueAt: at(120),
        timer: { kind: 'remind', taskId: 'task-1', n: 2 },
      },
    ]);
    expect(w.driver.current.tasks[0]?.reminders).toBe(3);
    expect(w.jobs).toEqual([]);
  });

  it('records reminders as the system, with no actor', () => {
    const w = world({ remind: { everyMinutes: 30, times: 1 } });
    w.start();

    w.advance(30);

    expect(w.driver.events.findLast((event) => event.type === 'task.reminded')?.actorId).toBeNull();
  });

  it('stops reminding once the task is decided: the next reminder does nothing', () => {
    const w = world({ remind: { everyMinutes: 60, times: 3 } });
    w.start();
    w.advance(60);

    w.approve('wang.fang');
    w.advance(600);

    expect(w.events('task.reminded')).toHaveLength(1);
    expect(w.fired.at(-1)?.decision).toMatchObject({ events: [], effects: [] });
  });

  it('sends an overdue reminder once after downtime and counts the next one from then', () => {
    const w = world({ remind: { everyMinutes: 60, times: 5 } });
    w.start();

    w.sleep(250);
    w.advance(0);

    expect(w.events('task.reminded')).toEqual([expect.objectContaining({ n: 1 })]);
    expect(w.jobs.map((job) => [job.dueAt, job.timer])).toEqual([
      [at(310), { kind: 'remind', taskId: 'task-1', n: 2 }],
    ]);
  });

  it('ignores a reminder that is not the next one due (a repeated or stale job)', () => {
    const w = world({ remind: { everyMinutes: 60, times: 3 } });
    w.start();
    w.advance(60);
    const before = w.driver.current;

    const repeated = w.fire({ kind: 'remind', taskId: 'task-1', n: 1 });
    const ahead = w.fire({ kind: 'remind', taskId: 'task-1', n: 3 });
    const unknown = w.fire({ kind: 'remind', taskId: 'task-404', n: 1 });

    for (const decision of [repeated, ahead, unknown])
      expect(decision).toMatchObject({ events: [], effects: [] });
    expect(w.driver.current.tasks).toEqual(before.tasks);
  });

  it('counts reminders in working time when the deadline says so', () => {
    const friday5pm = zonedInstant('2026-01-09', '17:00', 'Asia/Shanghai');
    const bundle = sequence([
      approval('review', wang, {
        deadline: { time: 'working', remind: { everyMinutes: 120, times: 1 } },
      }),
    ]);
    const w = new TimerWorld(bundle, {}, friday5pm);

    w.start();

    expect(w.jobs.map((job) => job.dueAt)).toEqual([
      zonedInstant('2026-01-12', '10:00', 'Asia/Shanghai'),
    ]);
  });

  it('counts calendar minutes when the calendar cannot hold the deadline (one minute a week)', () => {
    const calendar = {
      ...DEFAULT_BUSINESS_CALENDAR,
      workdays: [7],
      hours: [{ start: '00:00', end: '00:01' }],
    };
    const bundle = sequence([
      approval('review', wang, {
        deadline: { time: 'working', timeout: { afterMinutes: 5_256_000, action: 'approve' } },
      }),
    ]);
    const w = new TimerWorld(bundle, { calendar });

    w.start();

    expect(w.jobs.map((job) => job.dueAt)).toEqual([at(5_256_000)]);
  });

  it("schedules a sequential step's timers when each turn opens, not before", () => {
    const both = [{ kind: 'user' as const, userIds: ['wang.fang', 'li.na'] }];
    const deadline = { timeout: { afterMinutes: 60, action: 'approve' } };
    const w = new TimerWorld(
      sequence([approval('review', both, { mode: 'sequential', deadline })]),
    );
    w.start();
    expect(w.jobs.map((job) => job.timer)).toEqual([
      { kind: 'timeout', taskId: 'task-1', openedAt: at(0) },
    ]);

    w.advance(30);
    w.approve('wang.fang');

    expect(w.jobs.map((job) => [job.dueAt, job.timer])).toEqual([
      [at(60), { kind: 'timeout', taskId: 'task-1', openedAt: at(0) }],
      [at(90), { kind: 'timeout', taskId: 'task-2', openedAt: at(30) }],
    ]);
  });
});

describe('deadline timers replayed', () => {
  it('gives the same states, events and timers when the same commands run again', () => {
    const deadline = {
      remind: { everyMinutes: 45, times: 2 },
      timeout: { afterMinutes: 120, action: 'escalate' },
    };
    const play = () => {
      const w = world(deadline);
      w.start();
      w.sleep(100);
      w.advance(200);

      return { decisions: w.driver.decisions, jobs: w.jobs };
    };

    const first = play();
    const second = play();

    expect(second).toEqual(first);
    expect(first.decisions.flatMap((d) => d.events.map((event) => event.type))).toContain(
      'task.transferred',
    );
  });
});
