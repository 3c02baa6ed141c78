import { performance } from 'node:perf_hooks';

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  if (sorted.length % 2 === 1) return sorted[middle] ?? Number.NaN;

  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Operations per second of one timed batch. */
export type Round = { count: number; ms: number };

export function perSecond(round: Round): number {
  return round.ms > 0 ? (round.count * 1000) / round.ms : Number.NaN;
}

/** Runs `fn` `count` times, one after the other, and times the whole batch. */
export async function timeBatch(count: number, fn: (i: number) => unknown): Promise<Round> {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) await fn(i);

  return { count, ms: performance.now() - started };
}

/** Runs `fn` one call after the other until `ms` have passed; at least once. */
export async function timeFor(ms: number, fn: (i: number) => unknown): Promise<Round> {
  const started = performance.now();
  let count = 0;
  let elapsed = 0;
  do {
    await fn(count);
    count += 1;
    elapsed = performance.now() - started;
  } while (elapsed < ms);

  return { count, ms: elapsed };
}

/** The same as `timeFor` for a synchronous `fn`, without an `await` per call. */
export function timeForSync(ms: number, fn: (i: number) => unknown): Round {
  const started = performance.now();
  let count = 0;
  let elapsed = 0;
  do {
    fn(count);
    count += 1;
    elapsed = performance.now() - started;
  } while (elapsed < ms);

  return { count, ms: elapsed };
}

/** Milliseconds taken by one call of `fn`. */
export function timeOnce(fn: () => unknown): number {
  const started = performance.now();
  fn();

  return performance.now() - started;
}

/** `min–max` of the values, for showing how steady a median is. */
export function spread(values: readonly number[], digits = 0): string {
  return `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
}
