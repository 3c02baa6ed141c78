import { StepDeadline, type ApprovalConfig } from '@baton/schemas';
import type { ConfigPatch } from './approval-settings.ts';

/** The most minutes a deadline holds (ten years), as `StepDeadline` allows. */
export const MAX_MINUTES = 5_256_000;

export const returnTargets = ['initiator', 'previous', 'any'] as const;
export const resubmitModes = ['fromStart', 'toThisStep'] as const;
export const deadlineTimes = ['calendar', 'working'] as const;
/** What a timeout does, as the panel offers it: escalation split by who gets the task. */
export const timeoutChoices = ['approve', 'reject', 'supervisor', 'user'] as const;
export type TimeoutChoice = (typeof timeoutChoices)[number];

export type Remind = NonNullable<StepDeadline['remind']>;
export type Timeout = NonNullable<StepDeadline['timeout']>;

/** A reminder first switched on: every 4 hours, at most 3 times. */
export const DEFAULT_REMIND: Remind = { everyMinutes: 240, times: 3 };
/** A timeout first switched on: after a day, escalated to the assignee's supervisor. */
export const DEFAULT_TIMEOUT: Timeout = {
  afterMinutes: 1440,
  action: 'escalate',
  escalateTo: 'supervisor',
};

/** The most hours a deadline holds, for messages (`MAX_MINUTES` in hours). */
export const MAX_HOURS = MAX_MINUTES / 60;

/** Why typed hours cannot be saved. */
export type HoursProblem = 'comma' | 'notNumber' | 'tooSmall' | 'tooLarge';

/**
 * Hours as typed ("4", "1.5", ".5") in whole minutes, rounded to the nearest minute, or why not.
 * A comma is refused, not read: "1,000" may mean a thousand (a thousands separator) or one
 * (a decimal comma), so the person is asked for "1000" or "1.5" instead of guessing. Otherwise
 * refused: text that is not a plain positive decimal, under one minute, over `MAX_HOURS`.
 */
export function readHours(text: string): { minutes: number } | { problem: HoursProblem } {
  const trimmed = text.trim();
  if (/[,，]/.test(trimmed)) return { problem: 'comma' };
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(trimmed)) return { problem: 'notNumber' };
  const minutes = Math.round(Number(trimmed) * 60);
  if (minutes < 1) return { problem: 'tooSmall' };

  return minutes > MAX_MINUTES ? { problem: 'tooLarge' } : { minutes };
}

/** `readHours`' minutes, or undefined when the text cannot be saved. */
export function hoursToMinutes(text: string): number | undefined {
  const read = readHours(text);

  return 'minutes' in read ? read.minutes : undefined;
}

/**
 * Whole minutes as hours for an input: at most two decimals, no trailing zeros (`90` → "1.5",
 * `100` → "1.67"). Reading the text back with `hoursToMinutes` gives the same minutes.
 */
export function minutesToHours(minutes: number): string {
  return String(Number((minutes / 60).toFixed(2)));
}

/** Minutes as whole hours and the minutes left over, for a duration typed in two inputs. */
export function splitMinutes(minutes: number): { hours: number; minutes: number } {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/** The step's deadline, or undefined when it has none or it does not parse yet. */
export function readDeadline(config: Readonly<Record<string, unknown>>): StepDeadline | undefined {
  const parsed = StepDeadline.safeParse(config['deadline']);

  return parsed.success && (parsed.data.remind || parsed.data.timeout) ? parsed.data : undefined;
}

/**
 * A patch setting the deadline to `next`: a deadline with neither reminders nor a timeout is
 * removed from the config, so "no deadline" is one state.
 */
export function deadlinePatch(next: StepDeadline): ConfigPatch {
  const { time, remind, timeout } = next;
  if (!remind && !timeout) return { deadline: undefined };

  return { deadline: { time, ...(remind && { remind }), ...(timeout && { timeout }) } };
}

/** Changes one part of a deadline (undefined removes that part), keeping the rest. */
export function withDeadline(
  current: StepDeadline | undefined,
  patch: Partial<Pick<StepDeadline, 'time'>> & { remind?: Remind | null; timeout?: Timeout | null },
): ConfigPatch {
  const base: StepDeadline = current ?? { time: 'calendar' };
  const next: StepDeadline = { time: patch.time ?? base.time };
  const remind = patch.remind === null ? undefined : (patch.remind ?? base.remind);
  const timeout = patch.timeout === null ? undefined : (patch.timeout ?? base.timeout);
  if (remind) next.remind = remind;
  if (timeout) next.timeout = timeout;

  return deadlinePatch(next);
}

/** The panel's choice for a timeout: approve, reject, or who an escalation goes to. */
export function timeoutChoiceOf(timeout: Timeout): TimeoutChoice {
  if (timeout.action !== 'escalate') return timeout.action;

  return timeout.escalateTo === 'user' ? 'user' : 'supervisor';
}

/** The timeout for a choice, keeping its duration and, for a named person, the person. */
export function timeoutFor(choice: TimeoutChoice, current: Timeout): Timeout {
  const { afterMinutes } = current;
  if (choice === 'approve' || choice === 'reject') return { afterMinutes, action: choice };
  if (choice === 'supervisor')
    return { afterMinutes, action: 'escalate', escalateTo: 'supervisor' };

  return {
    afterMinutes,
    action: 'escalate',
    escalateTo: 'user',
    ...(current.userId !== undefined && { userId: current.userId }),
  };
}

/** Return and batch settings of an approval step, read leniently with their defaults. */
export type ReturnSettingsValue = {
  readonly returnTo: readonly ApprovalConfig['returnTo'][number][];
  readonly resubmit: ApprovalConfig['resubmit'];
  readonly batchApprove: boolean;
};

export function readReturnSettings(config: Readonly<Record<string, unknown>>): ReturnSettingsValue {
  const raw = config['returnTo'];
  const listed = Array.isArray(raw) ? raw : [...returnTargets];

  return {
    returnTo: returnTargets.filter((target) => listed.includes(target)),
    resubmit: resubmitModes.find((mode) => mode === config['resubmit']) ?? 'fromStart',
    batchApprove: config['batchApprove'] !== false,
  };
}

/** The chosen return targets in their canonical order, each once. */
export function returnToPatch(chosen: readonly string[]): ConfigPatch {
  return { returnTo: returnTargets.filter((target) => chosen.includes(target)) };
}
