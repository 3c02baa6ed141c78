import type { FlowBundle, FormValues } from '@baton/schemas';
import type { CoreContext } from './context.ts';
import { Driver, testContext } from './testing.ts';
import { SYSTEM_ACTOR, type Decision, type Effect, type Timer } from './types.ts';

type TimerEffect = Extract<Effect, { type: 'timer' }>;

/** Monday 5 January 2026, 09:00 in Shanghai (the default calendar's zone). */
export const MONDAY_9AM = '2026-01-05T01:00:00.000Z';

/**
 * @internal A request driven by a fake clock and a tiny in-memory job queue, the way the
 * storage runs timers: every `timer` effect becomes a job; `advance` moves the clock and fires
 * each job due by then once, in due order (a job due while "down" fires late, once).
 */
export class TimerWorld {
  readonly driver: Driver;
  now: string;
  /** Jobs not yet fired, with the order they were scheduled in. */
  readonly jobs: TimerEffect[] = [];
  /** Each timer fired so far and what it decided. */
  readonly fired: { timer: Timer; decision: Decision }[] = [];

  constructor(bundle: FlowBundle, context: Partial<CoreContext> = {}, start = MONDAY_9AM) {
    this.now = start;
    const ctx: CoreContext = { ...testContext(), ...context, now: () => this.now };
    this.driver = new Driver(bundle, ctx);
  }

  /** Runs a command at the current time and queues the timers it asks for. */
  run(command: Parameters<Driver['run']>[0]): Decision {
    const decision = this.driver.run(command);
    this.queue(decision);

    return decision;
  }

  start(values: FormValues = { amount: '100.00' }, actorId = 'chen.jie'): Decision {
    return this.run({ type: 'start', actorId, values });
  }

  approve(actorId: string): Decision {
    return this.run({ type: 'approve', actorId, taskId: this.driver.taskOf(actorId).id });
  }

  fire(timer: Timer): Decision {
    const decision = this.run({ type: 'timer', actorId: SYSTEM_ACTOR, timer });
    this.fired.push({ timer, decision });

    return decision;
  }

  /** Moves the clock by `minutes` without firing anything: the worker is down meanwhile. */
  sleep(minutes: number): void {
    this.now = new Date(Date.parse(this.now) + minutes * 60_000).toISOString();
  }

  /** Moves the clock by `minutes` and fires every job due by then (late ones once each). */
  advance(minutes: number): void {
    const target = Date.parse(this.now) + minutes * 60_000;
    for (let job = this.nextDue(target); job; job = this.nextDue(target)) {
      this.jobs.splice(this.jobs.indexOf(job), 1);
      const due = Date.parse(job.dueAt);
      if (due > Date.parse(this.now)) this.now = new Date(due).toISOString();
      this.fire(job.timer);
    }
    this.now = new Date(target).toISOString();
  }

  /** Events of the given type over every decision, as data. */
  events(type: string): Record<string, unknown>[] {
    return this.driver.events.filter((event) => event.type === type).map((event) => event.data);
  }

  private queue(decision: Decision): void {
    for (const effect of decision.effects) if (effect.type === 'timer') this.jobs.push(effect);
  }

  private nextDue(target: number): TimerEffect | undefined {
    const due = this.jobs.filter((job) => Date.parse(job.dueAt) <= target);

    return due.reduce<TimerEffect | undefined>(
      (first, job) => (!first || Date.parse(job.dueAt) < Date.parse(first.dueAt) ? job : first),
      undefined,
    );
  }
}
