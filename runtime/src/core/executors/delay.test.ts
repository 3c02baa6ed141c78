import { zonedInstant } from '@baton/schemas';
import { describe, expect, it } from 'vitest';
import { approval, bundleOf, sequence, withFields } from '../testing.ts';
import { MONDAY_9AM, TimerWorld } from '../timer-testing.ts';

const wang = [{ kind: 'user' as const, userIds: ['wang.fang'] }];
const after = (minutes: number) =>
  new Date(Date.parse(MONDAY_9AM) + minutes * 60_000).toISOString();
const shanghai = (date: string, time: string) => zonedInstant(date, time, 'Asia/Shanghai');

/** start → wait → review by wang.fang → end, with a `travel` date field in the form. */
function world(wait: Record<string, unknown>, start = MONDAY_9AM) {
  const flow = sequence([
    { id: 'wait', type: 'delay', config: { wait } },
    approval('review', wang),
  ]);
  const bundle = withFields(flow, [{ key: 'travel', type: 'date', label: 'Travel date' }]);

  return new TimerWorld(bundle, {}, start);
}

describe('delay node: waiting', () => {
  it('parks the token until arrival + minutes, with no open task, and asks for a timer', () => {
    const w = world({ kind: 'duration', minutes: 90 });

    const decision = w.start();

    expect(w.driver.current.status).toBe('running');
    expect(w.driver.openTasks()).toEqual([]);
    expect(w.driver.current.tokens).toEqual([
      { id: 'tok-1', nodeId: 'wait', forks: [], until: after(90) },
    ]);
    expect(w.events('delay.started')).toEqual([
      { nodeId: 'wait', tokenId: 'tok-1', until: after(90) },
    ]);
    expect(decision.effects).toEqual([
      {
        type: 'timer',
        instanceId: 'inst-1',
        dueAt: after(90),
        timer: { kind: 'delay', tokenId: 'tok-1', nodeId: 'wait' },
      },
    ]);
  });

  it('moves on when its timer comes: delay.ended, then the next step opens', () => {
    const w = world({ kind: 'duration', minutes: 90 });
    w.start();

    w.advance(90);

    const decision = w.fired[0]?.decision;
    expect(decision?.events.map((event) => [event.type, event.actorId])).toEqual([
      ['delay.ended', null],
      ['step.entered', null],
      ['task.created', null],
    ]);
    expect(w.driver.pending()).toEqual([['wang.fang', 'open']]);
    expect(w.driver.current.tokens).toEqual([{ id: 'tok-1', nodeId: 'review', forks: [] }]);
    expect(w.driver.current.trail.map((entry) => entry.nodeId)).toEqual([
      'start',
      'wait',
      'review',
    ]);
  });

  it('counts a duration in working time when it says so', () => {
    const friday5pm = shanghai('2026-01-09', '17:00');
    const w = world({ kind: 'duration', minutes: 120, time: 'working' }, friday5pm);

    w.start();

    expect(w.driver.current.tokens[0]?.until).toBe(shanghai('2026-01-12', '10:00'));
  });

  it("waits until a date field's day at the node's time, in the calendar's zone", () => {
    const w = world({ kind: 'untilField', field: 'travel', atTime: '14:30' });

    w.start({ amount: '1.00', travel: '2026-01-08' });

    expect(w.driver.current.tokens[0]?.until).toBe(shanghai('2026-01-08', '14:30'));
  });

  it('reads a date in the time zone of the business calendar in the context', () => {
    const calendar = {
      schemaVersion: 1 as const,
      timeZone: 'Europe/Berlin',
      workdays: [1, 2, 3, 4, 5],
      hours: [{ start: '09:00', end: '17:00' }],
      holidays: [],
      workingDays: [],
    };
    const flow = sequence([
      { id: 'wait', type: 'delay', config: { wait: { kind: 'untilField', field: 'travel' } } },
      approval('review', wang),
    ]);
    const bundle = withFields(flow, [{ key: 'travel', type: 'date', label: 'Travel date' }]);
    const w = new TimerWorld(bundle, { calendar });

    w.start({ amount: '1.00', travel: '2026-07-01' });

    expect(w.driver.current.tokens[0]?.until).toBe('2026-07-01T07:00:00.000Z');
  });

  it('takes a date-time value with an offset as it is', () => {
    const w = world({ kind: 'untilField', field: 'travel' });
    const values = { amount: '1.00', travel: '2026-01-08T15:30:00+08:00' };

    w.start(values);

    expect(w.driver.current.tokens[0]?.until).toBe('2026-01-08T07:30:00.000Z');
  });
});

describe('delay node: moving on at once', () => {
  it.each([
    ['missing', { amount: '1.00' }],
    ['empty', { amount: '1.00', travel: '' }],
  ])('skips the wait when the field is %s (reason empty)', (_, values) => {
    const w = world({ kind: 'untilField', field: 'travel' });

    w.start(values);

    expect(w.events('delay.skipped')).toEqual([
      { nodeId: 'wait', tokenId: 'tok-1', reason: 'empty' },
    ]);
    expect(w.driver.pending()).toEqual([['wang.fang', 'open']]);
    expect(w.jobs.filter((job) => job.timer.kind === 'delay')).toEqual([]);
  });

  it('skips the wait when the moment is already past (reason past), now included', () => {
    const past = world({ kind: 'untilField', field: 'travel' });
    const now = world({ kind: 'untilField', field: 'travel', atTime: '09:00' });

    past.start({ amount: '1.00', travel: '2026-01-04' });
    now.start({ amount: '1.00', travel: '2026-01-05' });

    for (const w of [past, now]) {
      expect(w.events('delay.skipped')).toEqual([
        { nodeId: 'wait', tokenId: 'tok-1', reason: 'past' },
      ]);
      expect(w.driver.pending()).toEqual([['wang.fang', 'open']]);
    }
  });
});

describe('delay node: stale timers', () => {
  it('does nothing for a token that is no longer waiting there', () => {
    const w = world({ kind: 'duration', minutes: 30 });
    w.start();
    w.advance(30);

    const again = w.fire({ kind: 'delay', tokenId: 'tok-1', nodeId: 'wait' });
    const other = w.fire({ kind: 'delay', tokenId: 'tok-9', nodeId: 'wait' });

    expect(again).toMatchObject({ events: [], effects: [] });
    expect(other).toMatchObject({ events: [], effects: [] });
    expect(w.driver.pending()).toEqual([['wang.fang', 'open']]);
  });

  it('does nothing after the request was withdrawn while it waited', () => {
    const w = world({ kind: 'duration', minutes: 30 });
    w.start();
    w.run({ type: 'withdraw', actorId: 'chen.jie' });

    w.advance(30);

    expect(w.fired[0]?.decision).toMatchObject({ events: [], effects: [] });
    expect(w.driver.current.status).toBe('withdrawn');
  });
});

describe('delay node in a parallel branch', () => {
  /** start → split → (wait 60 min | review: wang.fang) → join → end */
  function branches() {
    const bundle = bundleOf(
      [
        { id: 'start', type: 'start' },
        { id: 'split', type: 'parallel' },
        { id: 'wait', type: 'delay', config: { wait: { kind: 'duration', minutes: 60 } } },
        approval('review', wang),
        { id: 'join', type: 'join' },
        { id: 'end', type: 'end' },
      ],
      [
        { source: 'start', target: 'split' },
        { source: 'split', target: 'wait' },
        { source: 'split', target: 'review' },
        { source: 'wait', target: 'join' },
        { source: 'review', target: 'join' },
        { source: 'join', target: 'end' },
      ],
    );

    return new TimerWorld(bundle);
  }

  it('joins the branches once the approval is given and the wait is over', () => {
    const w = branches();
    w.start();
    w.approve('wang.fang');
    expect(w.driver.current.status).toBe('running');

    w.advance(60);

    expect(w.fired[0]?.decision.events.map((event) => event.type)).toEqual([
      'delay.ended',
      'parallel.joined',
      'instance.completed',
    ]);
    expect(w.driver.current.status).toBe('completed');
  });

  it('drops the waiting token when the other branch rejects, so its timer does nothing', () => {
    const w = branches();
    w.start();

    w.driver.reject('wang.fang', { target: 'end' });
    w.advance(60);

    expect(w.driver.current.status).toBe('rejected');
    expect(w.driver.current.tokens).toEqual([]);
    expect(w.fired[0]?.decision).toMatchObject({ events: [], effects: [] });
  });
});
