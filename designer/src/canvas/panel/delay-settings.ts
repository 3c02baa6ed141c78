import { DelayConfig } from '@baton/schemas';
import { MAX_MINUTES } from './deadline-settings.ts';

export type DelayWait = DelayConfig['wait'];
export type DurationWait = Extract<DelayWait, { kind: 'duration' }>;
export type FieldWait = Extract<DelayWait, { kind: 'untilField' }>;

export const delayKinds = ['duration', 'untilField'] as const;

/** What a new delay node waits: one hour of calendar time. */
export const DEFAULT_DELAY: DelayConfig = {
  wait: { kind: 'duration', minutes: 60, time: 'calendar' },
};

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether `text` is a time of day the delay accepts ("09:00", not "9:00" or "24:00"). */
export function isClock(text: string): boolean {
  return CLOCK.test(text);
}

/**
 * A delay node's wait, read leniently: the parsed config, or one hour when it does not parse
 * (a node inserted before defaults existed, a half-edited JSON) so the panel can fix it.
 */
export function readDelay(config: Readonly<Record<string, unknown>>): {
  readonly wait: DelayWait;
  readonly valid: boolean;
} {
  const parsed = DelayConfig.safeParse(config);

  return parsed.success
    ? { wait: parsed.data.wait, valid: true }
    : { ...DEFAULT_DELAY, valid: false };
}

/**
 * The wait after switching its kind: a duration keeps nothing of a field wait and starts at an
 * hour; a field wait starts at `firstField` (when the form has a date field) at 09:00.
 */
export function switchWait(
  kind: DelayWait['kind'],
  current: DelayWait,
  firstField: string | undefined,
): DelayWait {
  if (kind === current.kind) return current;
  if (kind === 'duration') return { kind, minutes: 60, time: 'calendar' };

  return { kind, field: firstField ?? '', atTime: '09:00' };
}

/**
 * Hours and minutes typed in two inputs as whole minutes, or undefined when they make less than
 * a minute, more than `MAX_MINUTES`, or are not whole non-negative numbers.
 */
export function joinMinutes(hours: number | null, minutes: number | null): number | undefined {
  const whole = hours ?? 0;
  const rest = minutes ?? 0;
  if (![whole, rest].every((part) => Number.isInteger(part) && part >= 0)) return undefined;
  const total = whole * 60 + rest;

  return total >= 1 && total <= MAX_MINUTES ? total : undefined;
}
